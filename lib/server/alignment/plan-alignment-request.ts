import type { Prisma } from '@prisma/client'
import { joinInline } from '@/lib/richtext/join-docs'
import { checkSegmentSize } from '@/lib/richtext/segment-limits'
import { splitRichDoc } from '@/lib/alignment-ops/split-rich-doc'
import { applyLinkOperation, type LinkOperation } from '@/lib/alignment-ops/link-operations'
import { applyPatch, diffLinks } from '@/lib/alignment-ops/link-patch'
import type { OpLink } from '@/lib/alignment-ops/types'
import { isSentenceOperation, type SentenceOperation } from '@/lib/alignment-ops/sentence-operations'
import type { AlignmentPayload as Payload, AlignmentPlan } from '@/lib/db/alignment-writes'
import { newId } from '@/lib/db/bulk-insert'
import type { DbOrTx } from '@/lib/db/client'
import { asDoc } from '@/lib/db/rich-json'
import { loadTexts } from '@/lib/db/sentence-links'
import { runCpuTask } from '@/lib/server/workers/cpu-pool'
import { planSentenceOperation } from './plan-sentence-operation'
import { AppError } from '@/lib/errors'
import { countWords, docToText } from '@/lib/richtext/doc-to-text'
import { emptyDoc } from '@/lib/richtext/empty-doc'

export type AlignmentRequest =
  | LinkOperation
  | SentenceOperation
  | { op: 'realign' }
  | { op: 'undo' }
  | { op: 'redo' }
  | { op: 'join-segments'; linkId: string; index: number }
  | { op: 'split-segment'; linkId: string; index: number; offset: number }
  | { op: 'add-segment'; linkId: string }

const SEGMENT_SELECT = { id: true, content: true, text: true, wordCount: true, status: true, version: true } as const

async function planJoinSegments(db: DbOrTx, links: OpLink[], linkId: string, index: number): Promise<Payload> {
  const link = links.find((l) => l.id === linkId)
  const [firstId, secondId] = [link?.targets[index], link?.targets[index + 1]]
  if (!link || !firstId || !secondId) throw new AppError('alignment.invalidOperation')
  const first = await db.targetSegment.findUniqueOrThrow({ where: { id: firstId }, select: SEGMENT_SELECT })
  const second = await db.targetSegment.findUniqueOrThrow({ where: { id: secondId }, select: SEGMENT_SELECT })
  const content = checkSegmentSize(joinInline([asDoc(first.content), asDoc(second.content)]))
  const text = docToText(content)
  const joined = { ...first, content, text, wordCount: countWords(text), version: first.version + 1 }
  const after = links.map((l) =>
    l.id === linkId
      ? {
          ...l,
          targets: l.targets.filter((id) => id !== secondId),
          confidence: null,
          confirmed: false,
          origin: 'manual' as const,
        }
      : l,
  )
  return { ...diffLinks(links, after), segments: { before: [first, second], after: [joined] } }
}

/** Gives a paragraph with no counterpart (1:0) an empty target segment, so it can be translated. */
function planAddSegment(links: OpLink[], linkId: string): Payload {
  const link = links.find((l) => l.id === linkId)
  if (!link || link.sources.length === 0 || link.targets.length > 0) throw new AppError('alignment.invalidOperation')
  const content = emptyDoc() as unknown as Prisma.JsonValue
  const added = { id: newId(), content, text: '', wordCount: 0, status: 'empty', version: 1 }
  const after = links.map((l) =>
    l.id === linkId ? { ...l, targets: [added.id], confidence: null, confirmed: true, origin: 'manual' as const } : l,
  )
  return { ...diffLinks(links, after), segments: { before: [], after: [added] } }
}

async function planSplitSegment(
  db: DbOrTx,
  links: OpLink[],
  linkId: string,
  index: number,
  offset: number,
): Promise<Payload> {
  const link = links.find((l) => l.id === linkId)
  const segmentId = link?.targets[index]
  if (!link || !segmentId) throw new AppError('alignment.invalidOperation')
  const segment = await db.targetSegment.findUniqueOrThrow({ where: { id: segmentId }, select: SEGMENT_SELECT })
  const split = splitRichDoc(asDoc(segment.content), offset)
  const halves = (split ?? []).map((content) => ({ content, text: docToText(content) }))
  if (split === null || halves.some((half) => half.text === '')) throw new AppError('alignment.invalidOperation')
  const [head, tail] = halves as [(typeof halves)[number], (typeof halves)[number]]
  const added = {
    id: newId(),
    content: tail.content,
    text: tail.text,
    wordCount: countWords(tail.text),
    status: segment.status,
    version: 1,
  }
  const kept = { ...segment, content: head.content, text: head.text, wordCount: countWords(head.text) }
  const targets = [...link.targets.slice(0, index + 1), added.id, ...link.targets.slice(index + 1)]
  const after = links.map((l) =>
    l.id === linkId ? { ...l, targets, confidence: null, confirmed: false, origin: 'manual' as const } : l,
  )
  return { ...diffLinks(links, after), segments: { before: [segment], after: [kept, added] } }
}

/** Computes what one request changes; reads only the segments and texts it needs. */
export async function planAlignmentRequest(
  db: DbOrTx,
  translation: { id: string; lang: string; sourceLang: string },
  links: OpLink[],
  request: AlignmentRequest,
): Promise<AlignmentPlan> {
  if (request.op === 'undo' || request.op === 'redo') {
    const isUndo = request.op === 'undo'
    const operation = await db.alignmentOperation.findFirst({
      where: { translationId: translation.id, undone: !isUndo },
      orderBy: { seq: isUndo ? 'desc' : 'asc' },
      select: { seq: true, kind: true, payload: true },
    })
    if (!operation) throw new AppError(isUndo ? 'alignment.nothingToUndo' : 'alignment.nothingToRedo')
    const stored = operation.payload as unknown as Payload
    const reversed: Payload = {
      start: stored.start,
      before: stored.after,
      after: stored.before,
      segments: stored.segments && { before: stored.segments.after, after: stored.segments.before },
      sentences: stored.sentences && {
        linkIds: stored.sentences.linkIds,
        before: stored.sentences.after,
        after: stored.sentences.before,
      },
    }
    const patch = isUndo ? reversed : stored
    applyPatch(links, { start: patch.start, before: patch.before, after: patch.after })
    return { kind: operation.kind, patch, ...(isUndo ? { undoSeq: operation.seq } : { redoSeq: operation.seq }) }
  }
  if (isSentenceOperation(request)) return planSentenceOperation(db, translation, links, request)
  if (request.op === 'split-segment')
    return { kind: request.op, patch: await planSplitSegment(db, links, request.linkId, request.index, request.offset) }
  if (request.op === 'add-segment') return { kind: request.op, patch: planAddSegment(links, request.linkId) }
  if (request.op === 'join-segments')
    return { kind: request.op, patch: await planJoinSegments(db, links, request.linkId, request.index) }
  if (request.op === 'realign') {
    const texts = await loadTexts(db, {
      sourceIds: links.flatMap((l) => l.sources),
      targetIds: links.flatMap((l) => l.targets),
    })
    // Links holding sentence pairs a person confirmed or edited are anchors, like confirmed links.
    const anchors = await db.sentenceLink.findMany({
      where: { link: { translationId: translation.id }, OR: [{ confirmed: true }, { origin: 'manual' }] },
      distinct: ['linkId'],
      select: { linkId: true },
    })
    // In a worker thread, like an import's alignment: a whole translation's realignment is seconds of CPU.
    const realigned = await runCpuTask('realignUnconfirmed', {
      links,
      texts,
      langs: { sourceLang: translation.sourceLang, targetLang: translation.lang },
      anchors: new Set(anchors.map((a) => a.linkId)),
    })
    return { kind: 'realign', patch: diffLinks(links, realigned) }
  }
  return { kind: request.op, patch: diffLinks(links, applyLinkOperation(links, request, newId)) }
}
