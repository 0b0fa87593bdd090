import {
  applySentenceOperation,
  type EditablePair,
  type SentenceOperation,
} from '@/lib/alignment-ops/sentence-operations'
import type { SentenceSpan } from '@/lib/alignment-ops/split-units'
import type { OpLink } from '@/lib/alignment-ops/types'
import type { AlignmentPlan } from '@/lib/db/alignment-writes'
import type { DbOrTx } from '@/lib/db/client'
import {
  currentSentenceParts,
  listSentenceRows,
  loadTexts,
  planSentenceLinks,
  toSentenceLinkRow,
  type SentenceLinkRow,
} from '@/lib/db/sentence-links'
import { AppError } from '@/lib/errors'

type Texts = Awaited<ReturnType<typeof loadTexts>>

/** True when every stored pair still cuts the texts it was stored with out of the current texts. */
export const areRowsCurrent = (rows: SentenceLinkRow[], texts: Texts) =>
  rows.every(
    (row) =>
      currentSentenceParts(row.source, texts.source, 'paragraphId', row.sourceText) &&
      currentSentenceParts(row.target, texts.target, 'segmentId', row.targetText),
  )

function toPair(row: SentenceLinkRow, texts: Texts): EditablePair {
  const spans = (list: Array<{ start: number; end: number }>, ids: string[], textOf: ReadonlyMap<string, string>) =>
    list.map((x, k): SentenceSpan => ({
      id: ids[k]!,
      start: x.start,
      end: x.end,
      text: (textOf.get(ids[k]!) ?? '').slice(x.start, x.end),
    }))
  return {
    source: spans(
      row.source,
      row.source.map((x) => x.paragraphId),
      texts.source,
    ),
    target: spans(
      row.target,
      row.target.map((x) => x.segmentId),
      texts.target,
    ),
    confidence: row.confidence,
    confirmed: row.confirmed ?? false,
    origin: row.origin === 'manual' ? 'manual' : 'auto',
  }
}

const toRow = (linkId: string, pair: EditablePair, position: number): SentenceLinkRow =>
  toSentenceLinkRow(linkId, position, pair)

/**
 * Plans one edit of the sentence pairs of one link: its rows before and after, as the `sentences` of an
 * alignment payload (the links themselves do not change). Pairs made before an edit of the link's
 * texts are first aligned again from the current texts (as the sentence list shows them), then edited;
 * the stale rows are what undo brings back.
 */
export async function planSentenceOperation(
  db: DbOrTx,
  translation: { lang: string; sourceLang: string },
  links: OpLink[],
  request: SentenceOperation,
): Promise<AlignmentPlan> {
  const start = links.findIndex((l) => l.id === request.linkId)
  const link = links[start]
  if (!link) throw new AppError('alignment.linkNotFound')
  const [stored, texts] = await Promise.all([
    listSentenceRows(db, [link.id]),
    loadTexts(db, { sourceIds: link.sources, targetIds: link.targets }),
  ])
  const current = areRowsCurrent(stored, texts)
    ? stored
    : planSentenceLinks([link], texts, { sourceLang: translation.sourceLang, targetLang: translation.lang })
  const after = applySentenceOperation(
    current.map((row) => toPair(row, texts)),
    request,
  ).map((pair, position) => toRow(link.id, pair, position))
  return {
    kind: request.op,
    patch: { start, before: [], after: [], sentences: { linkIds: [link.id], before: stored, after } },
  }
}
