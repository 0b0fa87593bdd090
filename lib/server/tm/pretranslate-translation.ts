import { authorize, type Actor } from '@/lib/auth/permissions'
import { AppError } from '@/lib/errors'
import { docToText } from '@/lib/richtext/doc-to-text'
import { isEmptyDoc } from '@/lib/richtext/empty-doc'
import { checkSegmentSize } from '@/lib/richtext/segment-limits'
import { pickPretranslation, type PretranslateMinimum, type Pretranslation } from '@/lib/tm/pretranslation'
import { transition, type SegmentStatus } from '@/lib/workbench/segment-states'
import type { Db } from '@/lib/db/client'
import { getDocumentMeta } from '@/lib/db/documents'
import { byWhom, recordLiveEvent, type ByWhom } from '@/lib/db/live-events'
import { yieldToEventLoop } from '@/lib/db/raw-sql'
import { writeSegment } from '@/lib/db/segments'
import { getTranslation, type RowView } from '@/lib/db/translations'
import { findMatches, type TmMatch } from './find-matches'

export type PretranslateInput = {
  documentId: string
  lang: string
  minimum?: PretranslateMinimum
  /** The browser tab the request comes from, for the fills' live events (lib/live/tab.ts). */
  tab?: string
}

/**
 * What a pre-translation did: `rows` of the translation, `empty` of them with an empty target (the only
 * ones it may fill), `filled` from the memory (`exact` 100% matches and `context` in-context ones), and
 * `skipped` empty rows it left empty (no match good enough, or edited by someone meanwhile).
 */
export type PretranslateResult = {
  rows: number
  empty: number
  filled: number
  exact: number
  context: number
  skipped: number
}

/**
 * Rows looked up, then written in one transaction of their own. On PGlite the statements run in this
 * thread and their promises chain without giving way: 2,000 rows pre-translated in one go held every other
 * request 40 s (`npm run bench:bulk-writes`). So each lookup and each batch's transaction waits for a turn
 * of the event loop first (yieldToEventLoop), and requests that arrived meanwhile run in between. A fill is
 * two statements (the save and its live event): on a busy 2-core machine 20 fills held the database
 * 0.3–0.5 s, 10 hold it about a fifth of a second.
 */
export const PRETRANSLATE_BATCH = 10

type Fill = {
  segmentId: string
  version: number
  status: SegmentStatus
  match: TmMatch & { kind: 'exact' | 'context' }
}

/**
 * Fills the empty rows of a document's translation from 100% and in-context memory matches (`minimum:
 * 'context'` takes in-context ones only), as drafts, with the match's rich content and its origin recorded
 * on the segment (`pretranslation`). A row is looked up with its source and the sources of the rows before
 * and after it, as the editor does, leaving out the unit its first target segment saved; the best match
 * wins, so an in-context match beats a 100% one. Rows with any target text are never touched; a row whose target was edited between lookup and write (its
 * version moved on) is skipped. Each fill is a save by the actor: a new version and a revision, through
 * `writeSegment`. Needs 'segments.edit' in the language.
 */
export async function pretranslateTranslation(
  db: Db,
  input: PretranslateInput,
  actor: Actor,
): Promise<PretranslateResult> {
  authorize(actor, 'segments.edit', input.lang)
  const minimum = input.minimum ?? 'exact'
  const [document, translation] = await Promise.all([
    getDocumentMeta(db, input.documentId),
    getTranslation(db, { documentId: input.documentId, lang: input.lang, withHtml: false }),
  ])
  if (!document || !translation) throw new AppError('translation.notFound')
  const { rows } = translation
  const sourceOf = (row: RowView | undefined) => (row ? row.sources.map((s) => s.text).join(' ') : '')
  const emptyRows = rows.flatMap((row, index) =>
    row.sources.length > 0 && row.targets.length > 0 && row.targets.every((s) => isEmptyDoc(s.content)) ? [index] : [],
  )
  const result: PretranslateResult = {
    rows: rows.length,
    empty: emptyRows.length,
    filled: 0,
    exact: 0,
    context: 0,
    skipped: 0,
  }
  for (let start = 0; start < emptyRows.length; start += PRETRANSLATE_BATCH) {
    const fills: Fill[] = []
    for (const index of emptyRows.slice(start, start + PRETRANSLATE_BATCH)) {
      const row = rows[index]!
      // A row split over several target segments gets the translation in its first one.
      const target = row.targets[0]!
      await yieldToEventLoop()
      const matches = await findMatches(db, {
        srcLang: document.sourceLang,
        tgtLang: translation.lang,
        text: sourceOf(row),
        previousText: sourceOf(rows[index - 1]),
        nextText: sourceOf(rows[index + 1]),
        // As in the editor: the unit this segment's own save stored (then cleared) is not a match for it.
        segmentId: target.id,
        limit: 1,
      })
      const match = pickPretranslation(matches, minimum)
      if (match) fills.push({ segmentId: target.id, version: target.version, status: target.status, match })
    }
    const by = byWhom(actor, input.tab)
    await yieldToEventLoop()
    const written = await db.$transaction((tx) => writeFills(tx, translation.id, fills, actor, by), {
      timeout: 60_000,
    })
    for (const kind of written) result[kind] += 1
  }
  result.filled = result.exact + result.context
  result.skipped = result.empty - result.filled
  return result
}

/** Writes the fills as drafts with their origin; answers the kind of each one written (a moved-on version is left out). */
async function writeFills(
  tx: Parameters<typeof writeSegment>[0],
  translationId: string,
  fills: Fill[],
  actor: Actor,
  by: ByWhom,
) {
  const written: Array<'exact' | 'context'> = []
  for (const { segmentId, version, status, match } of fills) {
    const content = checkSegmentSize(match.targetContent)
    const pretranslation: Pretranslation = {
      kind: match.kind,
      score: match.score,
      origin: match.origin,
      originLabel: match.originLabel,
      documentId: match.documentId,
    }
    const saved = await writeSegment(
      tx,
      { segmentId, version, content, text: docToText(content), status: transition(status, 'edit'), pretranslation },
      actor,
    )
    if (!saved) continue
    written.push(match.kind)
    // Others with the translation open see the fill at once, as they see a save.
    const { id, version: savedVersion, status: savedStatus, html } = saved
    await recordLiveEvent(tx, translationId, 'segment', {
      ...{ id, version: savedVersion, status: savedStatus, html, content: saved.content },
      ...by,
    })
  }
  return written
}
