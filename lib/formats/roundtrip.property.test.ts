import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { createUnitSelector } from '@/lib/exchange/select-units'
import type { AlignedDocument, AlignedLink } from './aligned-document'
import type { RichDoc } from '@/lib/richtext/types'
import type { ImportedFile, ImportedSegment, ImportedUnit } from './imported-unit'
import { parseTmx } from './read-tmx'
import { parseXliff } from './read-xliff'
import { tmxExchange, xliffExchange, type Exchange } from './test-fixtures/exchange-arbitraries'
import { collect } from './test-fixtures/tools'
import { chunksOf, writeRandomExchange } from './test-fixtures/write-random-exchange'
import { writeTmx } from './write-tmx'
import { writeXliff } from './write-xliff'

// Generated TMX, XLIFF 1.2 and XLIFF 2.0 files (random text, nested inline codes, notes, namespace
// prefixes, several <file>s, UTF-8 with or without BOM and UTF-16 LE/BE, read in random chunks) are
// read as the import reads them (readers, then the unit selector that settles languages and notes),
// checked against what was written, exported with our writers and read again: the units must be the
// same (texts, marks, languages, notes).

const T = new Date('2024-01-02T03:04:05Z')
const RUNS = 60

/** The units an import takes from a file (languages settled, notes folded into the targets) and its languages. */
function selected(file: ImportedFile) {
  const selector = createUnitSelector(file.header)
  const units = file.units.flatMap((u, i) => selector.select(u, i + 1) ?? [])
  const sourceLang = selector.sourceLang()
  const named = [
    ...file.header.targetLangs,
    selector.targetLang(),
    ...units.flatMap((u) => u.targets.map((t) => t.lang)),
  ]
  const langs = [...new Set(named.filter((l) => l !== '' && l.toLowerCase() !== sourceLang.toLowerCase()))]
  return { units, sourceLang, langs }
}

const render = (c: { author?: string; text: string }) => (c.author ? `${c.author}: ${c.text}` : c.text)
const hasSource = (u: ImportedUnit) => (u.source?.text ?? '') !== ''

/**
 * What must survive a round trip, as the import keeps it: per unit with source text, the source and
 * each target (by language) with its notes, a missing target and an empty one without notes being
 * the same (the import makes empty segments). A unit without source text is a 0:1 link in each
 * language with text, which an export writes as a unit of its own (so they are compared one language
 * at a time, in language order between two units with source); a unit with no text at all is nothing.
 */
function meaning(units: ImportedUnit[]) {
  type Meaning = { source: { content: RichDoc; text: string } | null; targets: Record<string, unknown> }
  const target = (t: ImportedSegment) => [
    t.lang.toLowerCase(),
    { content: t.content, text: t.text, notes: t.comments.map(render) },
  ]
  const out: Meaning[] = []
  let orphans: Meaning[] = []
  const flush = () => {
    out.push(...orphans.sort((a, b) => Object.keys(a.targets)[0]!.localeCompare(Object.keys(b.targets)[0]!)))
    orphans = []
  }
  for (const u of units) {
    if (!hasSource(u)) {
      for (const t of u.targets)
        if (t.text !== '') orphans.push({ source: null, targets: Object.fromEntries([target(t)]) })
      continue
    }
    flush()
    const targets = u.targets.filter((t) => t.text !== '' || t.comments.length > 0)
    out.push({
      source: { content: u.source!.content, text: u.source!.text },
      targets: Object.fromEntries(targets.map(target)),
    })
  }
  flush()
  return out
}

const EMPTY = { type: 'doc' as const, content: [{ type: 'paragraph' as const }] }

/**
 * The imported units as the import stores them: a paragraph per unit with source text, linked 1:1
 * to a segment in each language (empty where the unit has none), and a 0:1 link per language with
 * text for a unit without source text.
 */
function toAligned(units: ImportedUnit[], sourceLang: string, langs: string[]): AlignedDocument {
  const kept = units.filter((u) => hasSource(u) || u.targets.some((t) => t.text !== ''))
  let position = 0
  const sources = kept.map((u) =>
    hasSource(u)
      ? [{ id: `p${position}`, position: position++, content: u.source!.content, text: u.source!.text }]
      : [],
  )
  const links = (lang: string): AlignedLink[] =>
    kept.flatMap((u, i) => {
      const t = u.targets.find((x) => x.lang === lang)
      if (sources[i]!.length === 0 && !t?.text) return []
      const target = {
        id: `${lang}-${i}`,
        position: i,
        content: t?.content ?? EMPTY,
        text: t?.text ?? '',
        status: t ? ('translated' as const) : ('empty' as const),
        version: 1,
        createdBy: null,
        updatedBy: null,
        createdAt: T,
        updatedAt: T,
        comments: (t?.comments ?? []).map((c) => ({ author: c.author ?? '', text: c.text, createdAt: T })),
      }
      return {
        id: `${lang}-l${i}`,
        position: i,
        source: sources[i]!,
        target: [target],
        confidence: null,
        confirmed: true,
      }
    })
  return {
    document: { id: 'd', title: 'Round trip', sourceLang, createdAt: T, updatedAt: T },
    translations: langs.map((lang) => ({ id: `t-${lang}`, lang, createdAt: T, updatedAt: T, links: links(lang) })),
  }
}

const OPTIONS = { createdAt: T, includeEmpty: true, includeUnaligned: true }

async function readGenerated(ex: Exchange) {
  const written = writeRandomExchange(ex)
  const read = ex.format === 'tmx' ? parseTmx : parseXliff
  const file = await read(chunksOf(written.bytes, ex.chunk))
  return { written, ...selected(file) }
}

/** Checks the units read against what the generator wrote, then the round trips through our writers. */
async function checkRoundTrips(ex: Exchange) {
  const { written, units, sourceLang, langs } = await readGenerated(ex)
  expect(
    units.map((u) => ({
      source: u.source?.text ?? '',
      targets: Object.fromEntries(
        u.targets.map((t) => [t.lang.toLowerCase(), { text: t.text, notes: t.comments.map(render) }]),
      ),
    })),
  ).toEqual(written.expected)

  // With no target language there is no translation, so nothing to export.
  if (langs.length === 0) return
  const lower = (list: string[]) => list.map((l) => l.toLowerCase()).sort()
  const tmx = selected(await parseTmx(await collect(writeTmx(toAligned(units, sourceLang, langs), OPTIONS))))
  expect(meaning(tmx.units)).toEqual(meaning(units))
  expect(tmx.sourceLang.toLowerCase()).toBe(sourceLang.toLowerCase())
  // A language with no link (nothing but empty targets of units without source) has nothing to write.
  const linked = toAligned(units, sourceLang, langs).translations.filter((t) => (t.links as AlignedLink[]).length > 0)
  expect(lower(tmx.langs)).toEqual(lower(linked.map((t) => t.lang)))
  for (const lang of langs) {
    const exported = writeXliff(toAligned(units, sourceLang, langs), { ...OPTIONS, languages: [lang] })
    const xliff = selected(await parseXliff(await collect(exported)))
    const only = units.map((u) => ({ ...u, targets: u.targets.filter((t) => t.lang === lang) }))
    expect(meaning(xliff.units)).toEqual(meaning(only))
    expect(lower(xliff.langs)).toEqual([lang.toLowerCase()])
  }
}

describe('parse → export → parse', () => {
  test('TMX: units, marks, languages and notes survive our TMX and XLIFF writers', async () => {
    await fc.assert(fc.asyncProperty(tmxExchange, checkRoundTrips), { numRuns: RUNS })
  })

  test('XLIFF 1.2: units, marks, languages and notes survive our TMX and XLIFF writers', async () => {
    await fc.assert(fc.asyncProperty(xliffExchange('xliff-1.2'), checkRoundTrips), { numRuns: RUNS })
  })

  test('XLIFF 2.0: units, marks, languages and notes survive our TMX and XLIFF writers', async () => {
    await fc.assert(fc.asyncProperty(xliffExchange('xliff-2'), checkRoundTrips), { numRuns: RUNS })
  })
})
