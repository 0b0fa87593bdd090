import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test, vi } from 'vitest'
import { parseLinks } from '@/lib/align/link-format'
import { run } from './align'

const dir = mkdtempSync(join(tmpdir(), 'parallel-align-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

/** Runs the command with stdout and stderr captured. */
async function capture(args: string[]) {
  let stdout = ''
  let stderr = ''
  vi.spyOn(process.stdout, 'write').mockImplementation(
    (chunk: string | Uint8Array) => ((stdout += String(chunk)), true),
  )
  vi.spyOn(process.stderr, 'write').mockImplementation(
    (chunk: string | Uint8Array) => ((stderr += String(chunk)), true),
  )
  try {
    return { code: await run(args), stdout, stderr }
  } finally {
    vi.restoreAllMocks()
  }
}

describe('run', () => {
  test('prints one link per line covering every line of both files, empty lines included', async () => {
    const source = file('src.txt', 'In 1990 the town had 4,500 people.\n\nThe river is 288 km long.\nWhy so late?\n')
    const target = file(
      'tgt.txt',
      'Im Jahr 1990 hatte die Stadt 4.500 Einwohner.\nDer Fluss ist 288 km lang.\nWarum so spät?\n',
    )
    const { code, stdout, stderr } = await capture(['--source', source, '--target', target, '--source-lang', 'en'])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toMatch(/^(\[[\d,]*\]:\[[\d,]*\]\n)+$/)
    const links = parseLinks(stdout)
    expect(links.flatMap((link) => link.source)).toEqual([0, 1, 2, 3])
    expect(links.flatMap((link) => link.target)).toEqual([0, 1, 2])
    expect(links).toContainEqual({ source: [3], target: [2] })
  })

  test('fails with a message on stderr and nothing on stdout', async () => {
    const missing = await capture(['--source', join(dir, 'nope.txt'), '--target', join(dir, 'nope.txt')])
    expect(missing.code).not.toBe(0)
    expect(missing.stdout).toBe('')
    expect(missing.stderr).toMatch(/nope\.txt/)
    const usage = await capture(['--source', 'a.txt'])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toMatch(/usage/)
    expect((await capture(['--frobnicate'])).code).toBe(2)
    const text = file('ok.txt', 'One line.\n')
    writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe, 0x0a]))
    const binary = await capture(['--source', join(dir, 'binary.bin'), '--target', text])
    expect(binary.code).toBe(1)
    expect(binary.stdout).toBe('')
    expect(binary.stderr).toMatch(/binary\.bin: not a UTF-8 text file/)
  })
})
