import { describe, expect, test, vi } from 'vitest'
import { run as runToken } from './token'
import { run as runUser } from './user'

async function capture(run: (args: string[]) => Promise<number>, args: string[]) {
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

describe('usage of the account commands (nothing opened)', () => {
  test.each([
    [runUser, ['add', '--role', 'admin'], '--email is required'],
    [runUser, ['add', '--email', 'a@b.org', '--role', 'owner'], '--role must be one of admin|translator|reviewer'],
    [runUser, ['remove'], 'usage: cli user'],
    [runUser, ['add', '--email', 'a@b.org', '--role', 'admin', '--pasword-stdin'], "Unknown option '--pasword-stdin'"],
    [runToken, ['create'], '--email is required'],
    [runToken, ['revoke', '--email', 'a@b.org'], '--id is required'],
  ])('%#: exit 2 with the reason and the usage on stderr, nothing on stdout', async (run, args, reason) => {
    const result = await capture(run, args)
    expect(result).toMatchObject({ code: 2, stdout: '' })
    expect(result.stderr).toContain(reason)
    expect(result.stderr).toContain('usage:')
  })

  test('--help prints the usage and exits 0', async () => {
    expect(await capture(runUser, ['--help'])).toMatchObject({ code: 0, stdout: '' })
    expect((await capture(runToken, ['create', '--help'])).stderr).toContain('cli token create --email E')
  })
})
