import { existsSync, readdirSync, readlinkSync } from 'node:fs'
import path from 'node:path'

/** Files other processes have open, read from /proc (Linux); undefined where /proc is missing. */
function openFilesOfOtherProcesses(): string[] | undefined {
  if (!existsSync('/proc/self/fd')) return undefined
  const files: string[] = []
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid) continue
    let fds: string[]
    try {
      fds = readdirSync(`/proc/${pid}/fd`)
    } catch {
      continue
    }
    for (const fd of fds) {
      try {
        files.push(readlinkSync(`/proc/${pid}/fd/${fd}`))
      } catch {
        // The descriptor closed while we looked.
      }
    }
  }
  return files
}

/**
 * True while another process has the PGlite folder open. On Linux: a process holds a file of
 * the folder open (PGlite keeps its WAL open). Elsewhere: PGlite's `postmaster.pid` is there,
 * which a crashed process can leave behind.
 */
export function isPgliteFolderInUse(dataDir: string): boolean {
  const dir = path.resolve(dataDir) + path.sep
  const open = openFilesOfOtherProcesses()
  if (open) return open.some((file) => file.startsWith(dir))
  return existsSync(path.join(dataDir, 'postmaster.pid'))
}
