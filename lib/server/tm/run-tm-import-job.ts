import { createReadStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import type { Db } from '@/lib/db/client'
import { getImportJobInput, updateImportJob } from '@/lib/db/import-jobs'
import { AppError } from '@/lib/errors'
import { jobError } from '@/lib/server/imports/run-import-job'
import { importTmxToMemory } from './import-tmx-to-memory'

/** The kind of import job a TMX import into the memory is. */
export const TM_IMPORT_KIND = 'tm'

/**
 * Runs a queued TMX import into the memory of a pair: the file is streamed into `importTmxToMemory`,
 * the job's `processed` counting the bytes read (of `total`, the file's size). The job ends `done`
 * with `{ units, added, updated }` or `failed` with the error; the upload is removed either way.
 */
export async function runTmImportJob(db: Db, jobId: string, { maxBytes }: { maxBytes: number }): Promise<void> {
  const job = await getImportJobInput(db, jobId)
  if (!job.filePath) return
  const filePath = job.filePath
  try {
    await updateImportJob(db, jobId, { status: 'running', processed: 0 })
    const { sourceLang, targetLang } = job.options
    if (!sourceLang || !targetLang) throw new AppError('validation.invalid', { field: 'srcLang' })
    async function* counted(): AsyncGenerator<Uint8Array> {
      let bytes = 0
      for await (const chunk of createReadStream(filePath, { highWaterMark: 1024 * 1024 })) {
        yield chunk as Buffer
        bytes += (chunk as Buffer).byteLength
        await updateImportJob(db, jobId, { processed: Math.min(bytes, job.total) })
      }
    }
    const result = await importTmxToMemory(db, {
      srcLang: sourceLang,
      tgtLang: targetLang,
      input: counted(),
      fileName: job.fileName ?? '',
      maxBytes,
      now: new Date(),
    })
    await updateImportJob(db, jobId, { status: 'done', result })
  } catch (error) {
    await updateImportJob(db, jobId, { status: 'failed', error: jobError(error) })
  } finally {
    await rm(filePath, { force: true })
  }
}
