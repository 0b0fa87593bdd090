import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { JsonRecordSchema, ParallelJsonSchema, parallelJsonSchemaDocument } from './parallel-json-schema'
import { parseParallelJson } from './read-json'
import { FIXED_DATE, sampleDocument } from './test-fixtures/sample-document'
import { collect, FIXTURES } from './test-fixtures/tools'
import { writeJson, writeJsonLines } from './write-json'

const withoutTime = (json: string) => json.replace(/"exportedAt":"[^"]*"/, '')
const ALL = { includeEmpty: true, includeUnaligned: true }

describe('writeJson', () => {
  test.each([
    ['paragraph units', {}],
    ['sentence units', { unit: 'sentence' as const }],
    ['plain text', { formatting: 'plain' as const }],
  ])('export, import, export again gives the same output (%s)', async (_name, extra) => {
    const first = await collect(writeJson(sampleDocument(), { createdAt: FIXED_DATE, ...ALL, ...extra }))
    const again = await collect(
      writeJson(parseParallelJson(first), { createdAt: new Date('2030-01-01T00:00:00Z'), ...ALL, ...extra }),
    )
    expect(withoutTime(again)).toBe(withoutTime(first))
  })

  test('the output matches the zod schema and carries ids, positions, text, HTML and Tiptap JSON', async () => {
    const json = JSON.parse(await collect(writeJson(sampleDocument(['ru']), { createdAt: FIXED_DATE }))) as unknown
    const parsed = ParallelJsonSchema.parse(json)
    const link = parsed.links[1]!
    expect(link.source.paragraphs.map((p) => [p.id, p.position])).toEqual([
      ['p1', 1],
      ['p2', 2],
    ])
    expect(link.targets[0]).toMatchObject({
      lang: 'ru',
      status: 'translated',
      confidence: 0.75,
      linkType: '2:1',
      createdBy: 'Anna',
    })
    expect(parsed.links[0]!.targets[0]!.html).toContain('<strong>жирный</strong>')
    expect(parsed.links[0]!.targets[0]!.doc?.type).toBe('doc')
  })

  test('the JSON Schema file in public/schemas matches the zod schema', () => {
    const file = join(FIXTURES, '../../../public/schemas/parallel-export-v1.schema.json')
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(parallelJsonSchemaDocument())
  })

  test('refuses a newer format version with a stable code', () => {
    expect(() => parseParallelJson('{"format":"parallel-export","version":2}')).toThrow(
      expect.objectContaining({ code: 'errors.import.unsupportedVersion' }),
    )
    expect(() => parseParallelJson('{nope')).toThrow(expect.objectContaining({ code: 'errors.import.invalidJson' }))
    expect(() => parseParallelJson('{"link":1,"source":"a"}\n{"link":2,"source":"b"}\n')).toThrow(
      expect.objectContaining({ code: 'errors.import.jsonLines' }),
    )
    expect(() => parseParallelJson('{\n  "format": "parallel-export",\n  "version" 1\n}')).toThrow(
      expect.objectContaining({ code: 'errors.import.invalidJson', line: 3, column: 13 }),
    )
  })
})

describe('writeJsonLines', () => {
  test('writes one self-contained record per line', async () => {
    const lines = (
      await collect(writeJsonLines(sampleDocument(['ru', 'ko']), { createdAt: FIXED_DATE, formatting: 'plain' }))
    )
      .trimEnd()
      .split('\n')
    expect(lines).toHaveLength(6)
    const record = JsonRecordSchema.parse(JSON.parse(lines[0]!))
    expect(record.document).toBe('doc-1')
    expect(record.targets.map((t) => t.lang)).toEqual(['ru', 'ko'])
    expect(record.source.html).toBeUndefined()
  })

  test('refuses text the database cannot store (an escaped NUL or lone surrogate) with its path', async () => {
    const good = await collect(writeJson(sampleDocument(), { createdAt: FIXED_DATE, ...ALL }))
    expect(() => parseParallelJson(good)).not.toThrow()
    const at = good.indexOf('"text":"') + '"text":"'.length
    for (const escape of ['\\u0000', '\\ud800']) {
      const bad = good.slice(0, at) + escape + good.slice(at)
      expect(() => parseParallelJson(bad)).toThrow(
        expect.objectContaining({
          code: 'errors.import.unstorableText',
          params: expect.objectContaining({ path: expect.stringMatching(/text$/) }),
        }),
      )
    }
  })
})
