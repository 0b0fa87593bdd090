import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '@/lib/db/client'
import { createImportJob, getImportJob } from '@/lib/db/import-jobs'
import { testBackends } from '@/lib/db/test/test-databases'
import { runTmImportJob, TM_IMPORT_KIND } from './run-tm-import-job'

const tmx = (units: Array<[string, string]>) =>
  `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>${units
    .map(([en, sv]) => `<tu><tuv xml:lang="en"><seg>${en}</seg></tuv><tuv xml:lang="sv"><seg>${sv}</seg></tuv></tu>`)
    .join('')}</body></tmx>`

describe.each(testBackends())('runTmImportJob on $name', ({ open }) => {
  let db: Db
  let dir: string
  beforeAll(async () => {
    db = await open()
    dir = await mkdtemp(path.join(tmpdir(), 'parallel-tm-job-'))
  })
  afterAll(async () => {
    await db.$disconnect()
    await rm(dir, { recursive: true, force: true })
  })

  const queue = async (name: string, text: string) => {
    const filePath = path.join(dir, name)
    await writeFile(filePath, text)
    const job = await createImportJob(db, {
      kind: TM_IMPORT_KIND,
      fileName: name,
      filePath,
      total: Buffer.byteLength(text),
      options: { sourceLang: 'en', targetLang: 'sv' },
    })
    return { ...job, filePath, size: Buffer.byteLength(text) }
  }

  test('streams the file into the memory of the pair, counting the bytes read, and ends done with the counts', async () => {
    // Big enough to span several 1 MB reads, so progress is recorded more than once.
    const units = Array.from({ length: 5_000 }, (_, i): [string, string] => [
      `Sentence number ${i} of the job test, padded ${'x'.repeat(400)}`,
      `Mening nummer ${i} i jobbtestet`,
    ])
    const job = await queue('big.tmx', tmx(units))
    expect(job.size).toBeGreaterThan(2 * 1024 * 1024)

    await runTmImportJob(db, job.id, { maxBytes: 100 * 1024 * 1024 })

    expect(await getImportJob(db, job.id)).toMatchObject({
      kind: TM_IMPORT_KIND,
      status: 'done',
      processed: job.size,
      total: job.size,
      result: { units: 5_000, added: 5_000, updated: 0 },
    })
    expect(await db.tmUnit.count({ where: { srcLang: 'en', tgtLang: 'sv', origin: 'big.tmx' } })).toBe(5_000)
    expect(existsSync(job.filePath)).toBe(false)
  })

  test('a broken file fails the job with the reader’s problem, and its upload is removed', async () => {
    const job = await queue('broken.tmx', tmx([['One', 'Ett']]).replace('</body>', '<tu><tuv'))

    await runTmImportJob(db, job.id, { maxBytes: 1024 * 1024 })

    const stored = await getImportJob(db, job.id)
    expect(stored.status).toBe('failed')
    expect(stored.error).toMatchObject({ code: 'import.invalidFile', format: 'tmx' })
    expect(existsSync(job.filePath)).toBe(false)
  })
})
