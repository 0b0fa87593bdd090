import type { Prisma } from '@prisma/client'
import type { Db } from '@/lib/db/client'
import { databaseUnavailableReason } from '@/lib/db/db-unavailable'
import { createImportJob, updateImportJob } from '@/lib/db/import-jobs'
import type { FilePair, Pairing, UnpairedFile } from '@/lib/corpus/pair-uploads'
import { prepareArticle } from '@/lib/import/prepare-article'
import type { RichDoc } from '@/lib/richtext/types'
import { importArticle } from '@/lib/server/articles/import-article'
import { importTranslationText } from '@/lib/server/translations/import-translation-text'
import { runInBackground } from './run-in-background'
import { jobError } from './run-import-job'

/** The kind of import job a folder import is. */
export const FOLDER_IMPORT_KIND = 'folder'

/** One pair of a folder import: the document made, or why not (which file, and the error as a job stores it). */
export type FolderImportPairResult =
  | { name: string; documentId: string; linkCount: number }
  | { name: string; documentId?: string; fileName: string; error: Prisma.InputJsonObject }

/** What a finished folder import job holds as its result. */
export type FolderImportResult = { pairs: FolderImportPairResult[]; unpaired: UnpairedFile[] }

type FolderImport = { pairing: Pairing; sourceLang: string; targetLang: string; label: string; maxBytes: number }

/**
 * Queues a folder import as a background job (the import job table, polled at `GET /api/imports/:id`)
 * and starts it in this process: one document per pair, with the translation imported and aligned.
 */
export async function startFolderImport(db: Db, input: FolderImport, actorId: string): Promise<{ id: string }> {
  const job = await createImportJob(db, {
    kind: FOLDER_IMPORT_KIND,
    fileName: input.label,
    total: input.pairing.pairs.length,
    options: { actorId, sourceLang: input.sourceLang, targetLang: input.targetLang },
  })
  runInBackground(job.id, () => runFolderImport(db, job.id, input))
  return job
}

async function importPair(
  db: Db,
  pair: FilePair,
  { sourceLang, targetLang, maxBytes }: FolderImport,
): Promise<FolderImportPairResult> {
  // Both files are read before anything is written, so a file that cannot be read leaves no half document.
  const read = async (
    side: 'source' | 'target',
  ): Promise<{ paragraphs: RichDoc[] } | { failed: FolderImportPairResult }> => {
    const file = pair[side]
    const fileName = file.name.split('/').pop() ?? file.name
    try {
      return { paragraphs: await prepareArticle({ kind: 'file', bytes: file.data, fileName }, maxBytes) }
    } catch (error) {
      return { failed: { name: pair.name, fileName: file.name, error: failure(error) } }
    }
  }
  const source = await read('source')
  if ('failed' in source) return source.failed
  const target = await read('target')
  if ('failed' in target) return target.failed
  const { id } = await importArticle(db, {
    title: pair.name.slice(0, 500),
    sourceLang,
    paragraphs: source.paragraphs,
    fileName: pair.source.name,
  })
  try {
    const imported = await importTranslationText(db, {
      documentId: id,
      lang: targetLang,
      paragraphs: target.paragraphs,
    })
    return { name: pair.name, documentId: id, linkCount: imported.linkCount }
  } catch (error) {
    return { name: pair.name, documentId: id, fileName: pair.target.name, error: failure(error) }
  }
}

/** A pair's failure as the job stores it; a lost database stops the whole job instead. */
function failure(error: unknown): Prisma.InputJsonObject {
  if (databaseUnavailableReason(error)) throw error
  return jobError(error)
}

/** Runs a queued folder import: the pairs in turn, the progress after each. */
export async function runFolderImport(db: Db, jobId: string, input: FolderImport): Promise<void> {
  const results: FolderImportPairResult[] = []
  try {
    await updateImportJob(db, jobId, { status: 'running', processed: 0 })
    for (const pair of input.pairing.pairs) {
      results.push(await importPair(db, pair, input))
      await updateImportJob(db, jobId, { processed: results.length })
    }
    const result: FolderImportResult = { pairs: results, unpaired: input.pairing.unpaired }
    await updateImportJob(db, jobId, { status: 'done', result: result as unknown as Prisma.InputJsonObject })
  } catch (error) {
    await updateImportJob(db, jobId, { status: 'failed', error: jobError(error) })
  }
}
