import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, expect, test, vi } from 'vitest'
import { readUpload } from './import-upload'

const root = mkdtempSync(join(tmpdir(), 'parallel-upload-mode-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
afterEach(() => vi.unstubAllEnvs())

test('an upload waiting for its import is readable by the app’s user only, in a folder only it can open', async () => {
  const dir = join(root, 'imports')
  vi.stubEnv('PARALLEL_IMPORT_DIR', dir)
  const upload = await readUpload(
    new Request('http://localhost/api/imports?fileName=a.tmx', {
      method: 'POST',
      body: '<tmx version="1.4"><header srclang="en"/><body></body></tmx>',
      headers: { 'content-type': 'application/octet-stream' },
    }),
  )
  try {
    const [file] = readdirSync(dir)
    expect(statSync(dir).mode & 0o777).toBe(0o700)
    expect(statSync(join(dir, file!)).mode & 0o777).toBe(0o600)
  } finally {
    await upload.discard()
  }
})
