import { describe, expect, test, vi } from 'vitest'
import { run } from './export'

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
  test('without --document it prints the usage to stderr and exits 2, writing nothing to stdout', async () => {
    const result = await capture(['--format', 'tmx'])
    expect(result).toMatchObject({ code: 2, stdout: '' })
    expect(result.stderr).toContain('--document is required')
  })

  test('an unknown format is refused before the database is opened', async () => {
    const result = await capture(['--document', 'x', '--format', 'docx'])
    expect(result).toMatchObject({ code: 2, stdout: '' })
    expect(result.stderr).toContain('--format')
  })

  test('a language that is no tag is named in English with the option, never as a message key', async () => {
    const result = await capture(['--document', 'x', '--format', 'tmx', '--langs', 'ru,../../etc,x\ty'])
    expect(result).toMatchObject({ code: 2, stdout: '' })
    expect(result.stderr).toContain('--langs: “../../etc” is not a valid language code.\n')
    expect(result.stderr).toContain('--langs: “x\ty” is not a valid language code.\n')
    expect(result.stderr).not.toContain('language.invalid')
    expect(result.stderr).toContain('usage:')
  })
})
