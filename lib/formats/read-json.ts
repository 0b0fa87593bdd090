import type { RichDoc } from '@/lib/richtext/types'
import type { AlignedDocument, AlignedLink, SourceParagraph, TargetSegment } from './aligned-document'
import { FormatError } from './format-error'
import { findUnstorableText } from '@/lib/text/storable-text'
import { emptyDoc } from '@/lib/richtext/empty-doc'
import { canonicalLangTag } from './lang-tag'
import {
  PARALLEL_JSON_FORMAT,
  PARALLEL_JSON_VERSION,
  ParallelJsonSchema,
  type ParallelJson,
} from './parallel-json-schema'

type Record_ = ParallelJson['links'][number]

const docOf = (value: { text: string; doc?: RichDoc }) => value.doc ?? textToDoc(value.text)

function textToDoc(text: string): RichDoc {
  const lines = text.split('\n')
  const content = lines.flatMap((line, i) => [
    ...(i > 0 ? [{ type: 'hardBreak' as const }] : []),
    ...(line ? [{ type: 'text' as const, text: line }] : []),
  ])
  return content.length ? { type: 'doc', content: [{ type: 'paragraph', content }] } : emptyDoc()
}

/** Whether the text is JSON Lines: its first line is a whole JSON object and another line follows. */
function isJsonLines(text: string): boolean {
  const [first, second] = text.trimStart().split('\n', 2)
  if (!first || !second?.trim()) return false
  try {
    const value: unknown = JSON.parse(first)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
  } catch {
    return false
  }
}

/** Line and column (1-based) of a JSON.parse error, from the position V8 reports, when it reports one. */
function jsonErrorPlace(text: string, message: string): { line: number; column: number } | undefined {
  const position = /at position (\d+)/.exec(message)?.[1]
  if (position === undefined) {
    const place = /\(line (\d+) column (\d+)\)/.exec(message)
    return place ? { line: Number(place[1]), column: Number(place[2]) } : undefined
  }
  const before = text.slice(0, Number(position))
  const line = before.split('\n').length
  return { line, column: Number(position) - before.lastIndexOf('\n') }
}

/**
 * Reads the project's JSON export back into an `AlignedDocument` (links as arrays). Exporting
 * it again with the same options gives the same output apart from `exportedAt`.
 */
export function parseParallelJson(text: string): AlignedDocument {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    if (isJsonLines(text))
      throw new FormatError('errors.import.jsonLines', 'A JSON Lines export cannot be imported; use the JSON export')
    const message = error instanceof Error ? error.message : 'Invalid JSON'
    throw new FormatError(
      'errors.import.invalidJson',
      message.replace(/ at position \d+.*$/, ''),
      jsonErrorPlace(text, message),
    )
  }
  // A `\u0000` or a lone `\ud800` escape parses, but the database cannot store it.
  const unstorable = findUnstorableText(raw)
  if (unstorable !== undefined)
    throw new FormatError('errors.import.unstorableText', `${unstorable}: a NUL or a lone surrogate`, undefined, {
      path: unstorable,
    })
  const head = raw as { format?: unknown; version?: unknown }
  if (head?.format === PARALLEL_JSON_FORMAT && head.version !== PARALLEL_JSON_VERSION) {
    throw new FormatError(
      'errors.import.unsupportedVersion',
      `Version ${String(head.version)} is not supported`,
      undefined,
      { version: String(head.version) },
    )
  }
  const parsed = ParallelJsonSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new FormatError('errors.import.invalidJson', `${issue?.path.join('.')}: ${issue?.message}`, undefined, {
      path: issue?.path.join('.') ?? '',
    })
  }
  return toAlignedDocument(parsed.data)
}

function toAlignedDocument(json: ParallelJson): AlignedDocument {
  const paragraphs = new Map<string, SourceParagraph>()
  const perLang = new Map<
    string,
    { segments: Map<string, TargetSegment>; links: Map<string, Record_['targets'][number]['links'][number]> }
  >()
  for (const t of json.translations) perLang.set(t.id, { segments: new Map(), links: new Map() })
  for (const record of json.links) {
    for (const p of record.source.paragraphs) {
      if (!paragraphs.has(p.id))
        paragraphs.set(p.id, { id: p.id, position: p.position, content: docOf(p), text: p.text })
    }
    for (const target of record.targets) {
      const lang = perLang.get(target.translationId)
      if (!lang) throw new FormatError('errors.import.invalidJson', `Unknown translation ${target.translationId}`)
      for (const s of target.segments) {
        lang.segments.set(s.id, {
          id: s.id,
          position: s.position,
          content: docOf(s),
          text: s.text,
          status: s.status,
          version: s.version,
          createdBy: s.createdBy,
          updatedBy: s.updatedBy,
          createdAt: new Date(s.createdAt),
          updatedAt: new Date(s.updatedAt),
          ...(s.comments.length
            ? { comments: s.comments.map((c) => ({ ...c, createdAt: new Date(c.createdAt) })) }
            : {}),
        })
      }
      for (const link of target.links) if (!lang.links.has(link.id)) lang.links.set(link.id, link)
    }
  }
  const missing = (kind: string, id: string) =>
    new FormatError('errors.import.invalidJson', `Unknown ${kind} ${id}`, undefined, { id })
  return {
    document: {
      id: json.document.id,
      title: json.document.title,
      sourceLang: langTag(json.document.sourceLang),
      ...(json.document.origin ? { origin: json.document.origin } : {}),
      createdAt: new Date(json.document.createdAt),
      updatedAt: new Date(json.document.updatedAt),
    },
    translations: json.translations.map((t) => {
      const lang = perLang.get(t.id)!
      const links: AlignedLink[] = [...lang.links.values()]
        .sort((a, b) => a.position - b.position)
        .map((l) => ({
          id: l.id,
          position: l.position,
          source: l.sourceParagraphIds.map((id) => paragraphs.get(id) ?? throwError(missing('paragraph', id))),
          target: l.targetSegmentIds.map((id) => lang.segments.get(id) ?? throwError(missing('segment', id))),
          confidence: l.confidence,
          confirmed: l.confirmed,
          ...(l.sentenceLinks ? { sentenceLinks: l.sentenceLinks } : {}),
        }))
      return {
        id: t.id,
        lang: langTag(t.lang),
        createdAt: new Date(t.createdAt),
        updatedAt: new Date(t.updatedAt),
        links,
      }
    }),
  }
}

/** The canonical form of a language tag in the file; a malformed one refuses the file, naming it. */
function langTag(lang: string): string {
  const tag = canonicalLangTag(lang)
  if (tag === null)
    throw new FormatError('errors.language.invalid', `"${lang}" is not a BCP 47 tag`, undefined, { lang })
  return tag
}

function throwError(error: Error): never {
  throw error
}
