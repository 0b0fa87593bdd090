import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { refuseFolderInUse } from './client'
import { isPgliteFolderInUse } from './pglite-lock'

const root = mkdtempSync(path.join(tmpdir(), 'pglite-lock-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe.skipIf(process.platform !== 'linux')('a PGlite folder open in another process', () => {
  it('is refused with a clear message while the other process holds it, and free once it exits', async () => {
    const dataDir = path.join(root, 'pglite')
    const holder = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `
      import { PGlite } from '@electric-sql/pglite'
      const db = new PGlite({ dataDir: ${JSON.stringify(dataDir)} })
      await db.query('select 1')
      console.log('open')
      setInterval(() => {}, 1000)
    `,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    await new Promise<void>((resolve) => holder.stdout.on('data', () => resolve()))
    expect(isPgliteFolderInUse(dataDir)).toBe(true)
    expect(() => refuseFolderInUse(dataDir)).toThrow(/already open in another process/)
    holder.kill('SIGKILL')
    await new Promise((resolve) => holder.on('exit', resolve))
    expect(isPgliteFolderInUse(dataDir)).toBe(false)
  }, 60_000)
})
