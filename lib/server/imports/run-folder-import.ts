import { randomUUID } from 'node:crypto'
import type { Prisma } from '@prisma/client'
import type { Action } from '@/lib/auth/permissions'
import type { Db } from '@/lib/db/client'
import { databaseUnavailableReason } from '@/lib/db/db-unavailable'
import { createImportJob } from '@/lib/db/import-jobs'
import { readUploadBytes, writeUploads } from '@/lib/db/upload-chunks'
import type { Pairing, UnpairedFile } from '@/lib/corpus/pair-uploads'
import { prepareArticleInWorker } from '@/lib/server/workers/parse-in-worker'
import type { RichDoc } from '@/lib/richtext/types'
import { normalizeTitle, TITLE_MAX_LENGTH } from '@/lib/text/normalize-title'
import { importArticle } from '@/lib/server/articles/import-article'
import { authorizeJobOwner } from '@/lib/server/jobs/authorize-job-owner'
import { jobError } from '@/lib/server/jobs/job-error'
import type { JobContext } from '@/lib/server/jobs/job-worker'
import { importTranslationText } from '@/lib/server/translations/import-translation-text'

/** The kind of import job a folder import is. */
export const FOLDER_IMPORT_KIND = 'folder'

/** What its route lets a person queue a folder import for, and what the job checks they still may. */
export const FOLDER_IMPORT_ACTION = 'documents.create' satisfies Action

/** One pair of a folder import: the document made, or why not (which file, and the error as a job stores it). */
export type FolderImportPairResult =
  | { name: string; documentId: string; linkCount: number }
  | { name: string; documentId?: string; fileName: string; error: Prisma.InputJsonObject }

/** What a finished folder import job holds as its result. */
export type FolderImportResult = { pairs: FolderImportPairResult[]; unpaired: UnpairedFile[] }

type FolderImport = { pairing: Pairing; sourceLang: string; targetLang: string; label: string }

/** A file of a stored pair: its name, and the upload holding its bytes. */
type StoredFile = { name: string; upload: string }
/** The options of a folder import job: the languages, and each pair's two stored files. */
type FolderJobOptions = {
  sourceLang: string
  targetLang: string
  pairs: Array<{ name: string; source: StoredFile; target: StoredFile }>
  unpaired: UnpairedFile[]
}

/**
 * What a folder import has durably done: the pairs finished, and the document of the pair under way
 * once its source is written (before its translation is), so a takeover deletes that half document.
 */
type FolderCheckpoint = { pairs: FolderImportPairResult[]; current?: { name: string; documentId: string } }

/**
 * Queues a folder import as a background job (the job queue, polled at `GET /api/imports/:id`): the
 * files are stored in the database first (`UploadChunk`, one upload per file under the job's upload),
 * so any instance can run it.
 */
export async function queueFolderImport(db: Db, input: FolderImport, actorId: string): Promise<{ id: string }> {
  const uploadId = randomUUID()
  const files: Array<{ uploadId: string; data: Uint8Array }> = []
  const store = (file: { name: string; data: Uint8Array }): StoredFile => {
    const upload = `${uploadId}/${files.length}`
    files.push({ uploadId: upload, data: file.data })
    return { name: file.name, upload }
  }
  const pairs: FolderJobOptions['pairs'] = input.pairing.pairs.map((pair) => ({
    name: pair.name,
    source: store(pair.source),
    target: store(pair.target),
  }))
  await writeUploads(db, files)
  const options: FolderJobOptions = {
    sourceLang: input.sourceLang,
    targetLang: input.targetLang,
    pairs,
    unpaired: input.pairing.unpaired,
  }
  return createImportJob(db, {
    kind: FOLDER_IMPORT_KIND,
    fileName: input.label,
    uploadId,
    total: pairs.length,
    options: { actorId, ...(options as unknown as Prisma.InputJsonObject) },
  })
}

/** A pair's failure as the job stores it; a lost database stops the whole job instead. */
function failure(error: unknown): Prisma.InputJsonObject {
  if (databaseUnavailableReason(error)) throw error
  return jobError(error)
}

/**
 * Runs a folder import job: the pairs in turn, one document each, the progress after each. Each pair's
 * two transactions (the document, then its translation) record the checkpoint with them, so a takeover
 * skips the pairs done and deletes the document of a pair left half made before making it again. Before
 * each pair it checks the person who queued it still exists and may import (`authorizeJobOwner`).
 */
export async function runFolderImport(
  context: JobContext,
  { maxBytes }: { maxBytes: number },
): Promise<Prisma.InputJsonValue> {
  const options = context.job.options as unknown as FolderJobOptions
  const saved = context.job.checkpoint as FolderCheckpoint | null
  const results: FolderImportPairResult[] = [...(saved?.pairs ?? [])]
  if (saved?.current) {
    // Before the owner is checked: the half document is the job's own unfinished write (a takeover).
    const half = saved.current.documentId
    const clean = context.fenced(() => ({ pairs: results }) as unknown as Prisma.InputJsonObject)
    await clean.$transaction((tx) => tx.document.deleteMany({ where: { id: half } }))
  }
  await context.progress(results.length)
  for (const pair of options.pairs.slice(results.length)) {
    // One query per pair: a person deleted or demoted since (the job, or its last pair) stops it here.
    await authorizeJobOwner(context.db, context.job, FOLDER_IMPORT_ACTION)
    results.push(await importPair(context, pair, options, results, maxBytes))
    await context.checkpoint({ pairs: results } as unknown as Prisma.InputJsonObject)
    await context.progress(results.length)
  }
  return { pairs: results, unpaired: options.unpaired } as unknown as Prisma.InputJsonObject
}

async function importPair(
  context: JobContext,
  pair: FolderJobOptions['pairs'][number],
  { sourceLang, targetLang }: FolderJobOptions,
  done: FolderImportPairResult[],
  maxBytes: number,
): Promise<FolderImportPairResult> {
  // Both files are read before anything is written, so a file that cannot be read leaves no half document.
  const read = async (
    side: 'source' | 'target',
  ): Promise<{ paragraphs: RichDoc[] } | { failed: FolderImportPairResult }> => {
    const file = pair[side]
    const fileName = file.name.split('/').pop() ?? file.name
    try {
      const bytes = await readUploadBytes(context.db, file.upload)
      return { paragraphs: await prepareArticleInWorker({ kind: 'file', bytes, fileName }, maxBytes) }
    } catch (error) {
      return { failed: { name: pair.name, fileName: file.name, error: failure(error) } }
    }
  }
  const source = await read('source')
  if ('failed' in source) return source.failed
  const target = await read('target')
  if ('failed' in target) return target.failed
  const checkpoint = (value: FolderCheckpoint) => value as unknown as Prisma.InputJsonObject
  const { id } = await importArticle(
    context.fenced((made) =>
      checkpoint({ pairs: done, current: { name: pair.name, documentId: (made as { id: string }).id } }),
    ),
    {
      title: normalizeTitle(pair.name).slice(0, TITLE_MAX_LENGTH),
      sourceLang,
      paragraphs: source.paragraphs,
      fileName: pair.source.name,
    },
  )
  try {
    const imported = await importTranslationText(
      context.fenced((made) =>
        checkpoint({
          pairs: [...done, { name: pair.name, documentId: id, linkCount: (made as { linkCount: number }).linkCount }],
        }),
      ),
      { documentId: id, lang: targetLang, paragraphs: target.paragraphs },
    )
    return { name: pair.name, documentId: id, linkCount: imported.linkCount }
  } catch (error) {
    return { name: pair.name, documentId: id, fileName: pair.target.name, error: failure(error) }
  }
}
