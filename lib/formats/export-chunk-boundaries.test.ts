import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { RichDoc } from '@/lib/richtext/types'
import type { AlignedDocument, AlignedLink } from './aligned-document'
import { CHUNK_CHARS } from './chunked'
import type { ExportOptions } from './export-options'
import { parseTmx } from './read-tmx'
import { parseXliff } from './read-xliff'
import { collect } from './test-fixtures/tools'
import { writeJson, writeJsonLines } from './write-json'
import { writeTmx } from './write-tmx'
import { writeXliff } from './write-xliff'

const T = new Date('2024-01-02T03:04:05Z')
const doc = (text: string): RichDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: text ? [{ type: 'text', text, marks: [{ type: 'bold' }] }] : [] }],
})

/**
 * A document whose link i has the source `u<i>:<fill>` and, in each language, the target `<lang><i>:<fill>`;
 * `pad` more letters go at the end of the last source.
 */
function documentOf(fills: string[], langs: string[], pad = 0): AlignedDocument {
  const source = (i: number) => `u${i}:${fills[i]}${i === fills.length - 1 ? 'a'.repeat(pad) : ''}`
  const links = (lang: string): AlignedLink[] =>
    fills.map((fill, i) => ({
      id: `${lang}-l${i}`,
      position: i,
      source: [{ id: `p${i}`, position: i, content: doc(source(i)), text: source(i) }],
      target: [
        {
          id: `${lang}-s${i}`,
          position: i,
          content: doc(`${lang}${i}:${fill}`),
          text: `${lang}${i}:${fill}`,
          status: 'translated',
          version: 1,
          createdBy: null,
          updatedBy: null,
          createdAt: T,
          updatedAt: T,
        },
      ],
      confidence: 0.5,
      confirmed: true,
    }))
  return {
    document: { id: 'd', title: 'Chunks', sourceLang: 'en', createdAt: T, updatedAt: T },
    translations: langs.map((lang) => ({ id: `t-${lang}`, lang, createdAt: T, updatedAt: T, links: links(lang) })),
  }
}

type Writer = {
  name: string
  langs: string[]
  write: (input: AlignedDocument, options: ExportOptions) => AsyncGenerator<string>
  /** Where the last unit's text starts in a full output; the unit's length is measured from there. */
  lastUnitStart: (output: string) => number
  /** Sources and targets (language → text) of every unit, read back with the project's readers. */
  read: (output: string) => Promise<{ source: string; targets: Record<string, string> }[]>
}

async function readXml(parse: typeof parseTmx, output: string) {
  const file = await parse(output)
  return file.units.map((u) => ({
    source: u.source?.text ?? '',
    targets: Object.fromEntries(u.targets.map((t) => [t.lang, t.text])),
  }))
}

type JsonRecord = { source: { text: string }; targets: { lang: string; text: string }[] }
const fromJson = (r: JsonRecord) => ({
  source: r.source.text,
  targets: Object.fromEntries(r.targets.map((t) => [t.lang, t.text])),
})

const XML_WRITERS = (plain: boolean): Writer[] =>
  (
    [
      {
        name: 'TMX bilingual',
        langs: ['ru'],
        write: writeTmx,
        lastUnitStart: (o) => o.lastIndexOf('<tu '),
        read: (o) => readXml(parseTmx, o),
      },
      {
        name: 'TMX multilingual',
        langs: ['ru', 'ko', 'ar'],
        write: writeTmx,
        lastUnitStart: (o) => o.lastIndexOf('<tu '),
        read: (o) => readXml(parseTmx, o),
      },
      {
        name: 'XLIFF',
        langs: ['ru'],
        write: writeXliff,
        lastUnitStart: (o) => o.lastIndexOf('<unit '),
        read: (o) => readXml(parseXliff, o),
      },
    ] satisfies Writer[]
  ).map((w) => ({ ...w, name: `${w.name} ${plain ? 'plain' : 'formatted'}` }))

const JSON_WRITERS = (plain: boolean): Writer[] => [
  {
    name: `JSON ${plain ? 'plain' : 'formatted'}`,
    langs: ['ru', 'ko'],
    write: writeJson,
    // `,\n{…}`: a record holds no raw newline.
    lastUnitStart: (o) => o.lastIndexOf('\n{') - 1,
    read: async (o) => (JSON.parse(o) as { links: JsonRecord[] }).links.map(fromJson),
  },
  {
    name: `JSON Lines ${plain ? 'plain' : 'formatted'}`,
    langs: ['ru', 'ko'],
    write: writeJsonLines,
    lastUnitStart: (o) => o.lastIndexOf('\n', o.length - 2) + 1,
    read: async (o) =>
      o
        .split('\n')
        .filter(Boolean)
        .map((line) => fromJson(JSON.parse(line) as JsonRecord)),
  },
]

const WRITERS = [false, true].flatMap((plain) =>
  [...XML_WRITERS(plain), ...JSON_WRITERS(plain)].map((w) => ({ ...w, plain })),
)

// Text pieces that escape differently in XML and JSON, and non-Latin text.
const fillArb = fc
  .array(fc.constantFrom('a', 'я', '한', ' ', '&', '<', '"', "'", '\\', 'word ', 'слово '), { maxLength: 3000 })
  .map((parts) => parts.join(''))

describe('every writer at every chunk boundary', () => {
  test.each(WRITERS)('$name: the output parses and holds every unit, however the last chunk ends', async (writer) => {
    const options: ExportOptions = {
      createdAt: T,
      languages: writer.langs,
      formatting: writer.plain ? 'plain' : 'formatted',
    }
    const render = (fills: string[], pad: number) =>
      collect(writer.write(documentOf(fills, writer.langs, pad), options))
    const check = async (fills: string[], pad: number) => {
      const output = await render(fills, pad)
      const expected = fills.map((fill, i) => ({
        source: `u${i}:${fill}${i === fills.length - 1 ? 'a'.repeat(pad) : ''}`,
        targets: Object.fromEntries(writer.langs.map((lang) => [lang, `${lang}${i}:${fill}`])),
      }))
      const read = await writer.read(output)
      expect(read.length).toBe(expected.length)
      expect(read).toEqual(expected)
    }
    await fc.assert(
      fc.asyncProperty(fc.array(fillArb, { maxLength: 40 }), fc.integer({ min: -4, max: 24 }), async (fills, slack) => {
        // Grow the last unit until it and the closing tag pass one chunk by `slack` characters: the
        // chunk is then handed out just before, on or just after the closing tag.
        const units = [...fills, '']
        const once = await render(units, 0)
        const perLetter = (await render(units, 1)).length - once.length
        const tail = once.length - writer.lastUnitStart(once)
        await check(units, Math.max(0, Math.ceil((CHUNK_CHARS + slack - tail) / perLetter)))
      }),
      {
        numRuns: 40,
        examples: [
          [[], 1],
          [[], 2],
          [['x'], 3],
          [['я'], 4],
          [[], 10],
        ],
      },
    )
  })
})
