import type { RichDoc } from '@/lib/richtext/types'
import type { SegmentStatus } from '@/lib/workbench/segment-states'

export type DocumentOrigin = { sourceName?: string; date?: string; copyright?: string; url?: string }

export type DocumentMeta = {
  id: string
  title: string
  /** BCP 47 code of the source language. */
  sourceLang: string
  origin?: DocumentOrigin
  createdAt: Date
  updatedAt: Date
}

export type SourceParagraph = { id: string; position: number; content: RichDoc; text: string }

export type ReviewComment = { author: string; text: string; createdAt: Date }

export type TargetSegment = {
  id: string
  position: number
  content: RichDoc
  text: string
  status: SegmentStatus
  version: number
  createdBy: string | null
  updatedBy: string | null
  createdAt: Date
  updatedAt: Date
  comments?: ReviewComment[]
}

/** One sentence, as plain text or as a rich doc. */
export type SentencePart = string | RichDoc

/** A sentence pair the aligner stored inside a paragraph link; either side may be empty. */
export type SentenceLink = {
  source: SentencePart[]
  target: SentencePart[]
  confidence: number | null
  /** Confirmed (or edited) by a person in the sentence view; read from the database, not part of the JSON format. */
  confirmed?: boolean
}

/**
 * One alignment link of one translation. It carries its own rows: `source` is the contiguous
 * run of source paragraphs (0..n) and `target` the contiguous run of target segments (0..n).
 */
export type AlignedLink = {
  id: string
  position: number
  source: SourceParagraph[]
  target: TargetSegment[]
  confidence: number | null
  confirmed: boolean
  sentenceLinks?: SentenceLink[]
}

/** Links in position order. Iterables are read once, so exports can stream from the database. */
export type LinkStream = Iterable<AlignedLink> | AsyncIterable<AlignedLink>

export type AlignedTranslation = {
  id: string
  /** BCP 47 code of the target language. */
  lang: string
  createdAt: Date
  updatedAt: Date
  links: LinkStream
}

/** What every exporter consumes: a document and its translations, each with its links. */
export type AlignedDocument = { document: DocumentMeta; translations: AlignedTranslation[] }

/** The link type as the UI shows it: '1:1', '2:1', '1:0', '0:1'. */
export function linkTypeOf(link: Pick<AlignedLink, 'source' | 'target'>): string {
  return `${link.source.length}:${link.target.length}`
}
