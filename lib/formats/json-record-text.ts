import type { RichDoc } from '@/lib/richtext/types'
import { linkTypeOf, type AlignedLink, type TargetSegment } from './aligned-document'
import { docToLine } from '@/lib/richtext/doc-to-text'
import type { ExportUnit, UnitTarget } from './export-unit'
import { docToHtml } from '@/lib/richtext/doc-to-html'

/**
 * Writes JSON records as text directly, byte for byte what `JSON.stringify(toJsonRecord(…))`
 * gives (a test holds them equal), without building the record objects first. A 1:1 link's
 * unit and its paragraph (or segment) share one doc, so its HTML and JSON are made once.
 */
export type JsonRecordWriter = {
  /** The record's JSON; `head` (`"key":value,` members) goes before its own members. */
  write(unit: ExportUnit, head?: string): string
}

const NEEDS_ESCAPE = /["\\\u0000-\u001F\uD800-\uDFFF]/

// JSON.stringify's text for a value, with shortcuts for the common scalars.
function toJson(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null'
    case 'boolean':
      return value ? 'true' : 'false'
    default:
      return JSON.stringify(value)
  }
}

// `,"key":value`, or nothing where JSON.stringify leaves the key out (undefined).
function kv(key: string, value: unknown): string {
  const json = toJson(value)
  return json === undefined ? '' : `,"${key}":${json}`
}

// An object from its first member (`"key":value`, or undefined where JSON.stringify leaves it
// out) and the rest (`,"key":value`). Slicing the comma off would flatten the whole string, so
// that happens only when the first member is missing.
function object(first: string | undefined, rest: string): string {
  if (first !== undefined) return `{${first}${rest}}`
  return rest === '' ? '{}' : `{${rest.slice(1)}}`
}

function member(key: string, value: unknown): string | undefined {
  const json = toJson(value)
  return json === undefined ? undefined : `"${key}":${json}`
}

// JSON.stringify of one scalar field of each item, e.g. the ids of a link's paragraphs.
function fieldOfEach<T>(items: readonly T[], field: (item: T) => unknown): string {
  let out = ''
  for (let i = 0; i < items.length; i++) out += (i === 0 ? '' : ',') + (toJson(field(items[i]!)) ?? 'null')
  return `[${out}]`
}

const idOf = (item: { id: string }) => item.id
const positionOf = (item: { position: number }) => item.position

let lastTime = NaN
let lastIso = ''

// Units of one export mostly share a handful of times; an invalid date still throws as before.
function isoOf(date: Date): string {
  const time = date.getTime()
  if (time !== lastTime) {
    lastIso = date.toISOString()
    lastTime = time
  }
  return lastIso
}

function array<T>(items: readonly T[], write: (item: T) => string): string {
  let out = ''
  for (let i = 0; i < items.length; i++) out += (i === 0 ? '' : ',') + write(items[i]!)
  return `[${out}]`
}

/** Makes a writer for records of one export. */
export function createJsonRecordWriter(sourceLang: string, plain: boolean): JsonRecordWriter {
  let lastDoc: RichDoc | undefined
  let lastFormatted = ''

  // `,"text":…` and, unless plain, `,"html":…,"doc":…`.
  function formatted(doc: RichDoc, text?: string): string {
    const head = kv('text', text ?? docToLine(doc))
    if (plain) return head
    if (doc !== lastDoc) {
      lastFormatted = kv('html', docToHtml(doc)) + kv('doc', doc)
      lastDoc = doc
    }
    return head + lastFormatted
  }

  const link = (l: AlignedLink) =>
    object(
      member('id', l.id),
      kv('position', l.position) +
        kv('linkType', linkTypeOf(l)) +
        `,"sourceParagraphIds":${fieldOfEach(l.source, idOf)}` +
        `,"sourcePositions":${fieldOfEach(l.source, positionOf)}` +
        `,"targetSegmentIds":${fieldOfEach(l.target, idOf)}` +
        kv('confidence', l.confidence) +
        kv('confirmed', l.confirmed) +
        (l.sentenceLinks ? kv('sentenceLinks', l.sentenceLinks) : ''),
    )

  const segment = (s: TargetSegment) =>
    object(
      member('id', s.id),
      kv('position', s.position) +
        kv('status', s.status) +
        kv('version', s.version) +
        formatted(s.content, s.text) +
        kv('createdBy', s.createdBy) +
        kv('updatedBy', s.updatedBy) +
        kv('createdAt', isoOf(s.createdAt)) +
        kv('updatedAt', isoOf(s.updatedAt)) +
        (s.comments?.length
          ? kv(
              'comments',
              s.comments.map((c) => ({ author: c.author, text: c.text, createdAt: c.createdAt.toISOString() })),
            )
          : ',"comments":[]'),
    )

  const target = (t: UnitTarget) =>
    object(
      member('lang', t.lang),
      kv('translationId', t.translationId) +
        kv('status', t.status) +
        kv('linkType', t.linkType) +
        kv('confidence', t.confidence) +
        kv('confirmed', t.confirmed) +
        formatted(t.content) +
        kv('createdBy', t.createdBy ?? null) +
        kv('createdAt', t.createdAt ? isoOf(t.createdAt) : null) +
        kv('updatedBy', t.updatedBy ?? null) +
        kv('updatedAt', t.updatedAt ? isoOf(t.updatedAt) : null) +
        `,"links":${array(t.links, link)}` +
        `,"segments":${array(t.segments, segment)}`,
    )

  return {
    write(unit, head = '') {
      const paragraphs = array(unit.sourceParagraphs, (p) =>
        object(member('id', p.id), kv('position', p.position) + formatted(p.content, p.text)),
      )
      // `unit` is a number, so the record's first member is always there.
      return (
        `{${head}"unit":${toJson(unit.index)}` +
        kv('level', unit.level) +
        (unit.sentence === undefined ? '' : kv('sentence', unit.sentence)) +
        `,"source":${object(member('lang', sourceLang), formatted(unit.source) + `,"paragraphs":${paragraphs}`)}` +
        `,"targets":${array(unit.targets, target)}}`
      )
    },
  }
}
