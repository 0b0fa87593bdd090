import { describe, expect, test } from 'vitest'
import { buildExportUnits } from './build-export-units'
import { parseTmx } from './read-tmx'
import { FIXED_DATE, sampleDocument } from './test-fixtures/sample-document'
import { textOnly } from './test-fixtures/plain-text'
import { collect, readWithTranslateToolkit, validateTmx } from './test-fixtures/tools'
import { writeTmx } from './write-tmx'

const ALL = { includeEmpty: true, includeUnaligned: true }

describe('writeTmx', () => {
  test.each([
    ['bilingual', ['ru'], {}],
    ['multilingual', ['ru', 'ko', 'ar'], {}],
    ['multilingual with empty and unaligned links', ['ru', 'ko', 'ar'], ALL],
    ['plain text', ['ru', 'ko'], { formatting: 'plain' as const }],
    ['sentence units', ['ko'], { unit: 'sentence' as const }],
    ['approved only', ['ru', 'ko'], { statuses: 'approved' as const }],
  ])('a %s export is valid against the TMX 1.4b DTD', async (_name, languages, extra) => {
    const tmx = await collect(writeTmx(sampleDocument(languages), { createdAt: FIXED_DATE, languages, ...extra }))
    expect(validateTmx(tmx)).toBe('')
  })

  test('the header fills every required attribute', async () => {
    const tmx = await collect(writeTmx(sampleDocument(['ru']), { createdAt: FIXED_DATE }))
    const header = /<header[^>]*>/.exec(tmx)![0]
    for (const name of [
      'creationtool',
      'creationtoolversion',
      'segtype="paragraph"',
      'o-tmf',
      'adminlang',
      'srclang="en"',
      'datatype="html"',
      'creationdate="20240506T070809Z"',
    ]) {
      expect(header).toContain(name)
    }
    expect(tmx).toContain('<tmx version="1.4">')
  })

  test('translate-toolkit reads the same texts back, source first', async () => {
    const doc = sampleDocument(['ru', 'ko'])
    const tmx = await collect(writeTmx(doc, { createdAt: FIXED_DATE }))
    const expected = []
    for await (const unit of buildExportUnits(sampleDocument(['ru', 'ko']), { createdAt: FIXED_DATE })) {
      expected.push({
        en: textOnly(unit.source),
        ...Object.fromEntries(unit.targets.map((t) => [t.lang, textOnly(t.content)])),
      })
    }
    const read = readWithTranslateToolkit(tmx)
    expect(read.map((u) => u.langs)).toEqual(expected)
    expect(read[0]!.langs.ko).toContain('안녕하세요')
    expect(read[0]!.source).toContain('& <friends> "quoted" \'single\'')
  })

  test('a 2:1 link exports one TU with the two sources joined by a paragraph placeholder', async () => {
    const tmx = await collect(writeTmx(sampleDocument(['ru']), { createdAt: FIXED_DATE }))
    expect(tmx).toContain(
      '<seg>Second paragraph.<ph x="1" type="x-paragraph">&lt;/p&gt;&lt;p&gt;</ph>Third paragraph.</seg>',
    )
    expect(tmx).toContain('<prop type="x-link-type">2:1</prop>')
  })

  test('a 1:2 link exports one TU with the two targets joined', async () => {
    const file = await parseTmx(await collect(writeTmx(sampleDocument(['ru']), { createdAt: FIXED_DATE })))
    const unit = file.units.find((u) => u.source?.text.startsWith('Fourth'))!
    expect(unit.targets[0]!.text).toBe('Четвёртый, с\nпереносом. И x2.')
    expect(unit.targets[0]!.properties['x-link-type']).toBe('1:2')
  })

  test('empty and 1:0 links are left out by default and come in on request', async () => {
    const without = await parseTmx(await collect(writeTmx(sampleDocument(['ru']), { createdAt: FIXED_DATE })))
    expect(without.units.map((u) => u.source?.text.slice(0, 5))).toEqual(['Hello', 'Secon', 'Fourt', 'Seven'])
    const all = await parseTmx(await collect(writeTmx(sampleDocument(['ru']), { createdAt: FIXED_DATE, ...ALL })))
    expect(all.units).toHaveLength(6)
    expect(all.units[3]!.targets[0]!.properties['x-link-type']).toBe('1:0')
  })

  test('marks become bpt/ept pairs: i unique per segment, x matching between languages', async () => {
    const tmx = await collect(writeTmx(sampleDocument(['ru', 'ko']), { createdAt: FIXED_DATE }))
    const firstTu = tmx.split('<tu ')[1]!
    const segs = [...firstTu.matchAll(/<seg>(.*?)<\/seg>/g)].map((m) => m[1]!)
    expect(segs).toHaveLength(3)
    const codes = segs.map((seg) =>
      [...seg.matchAll(/<bpt i="(\d+)" x="(\d+)" type="(\w+)"/g)].map((m) => `${m[1]}/${m[2]}/${m[3]}`),
    )
    expect(codes[0]).toEqual(['1/1/bold', '2/2/link', '3/3/italic'])
    expect(codes[1]).toEqual(codes[0])
    expect(codes[2]).toEqual(codes[0])
    expect(segs[0]).toContain('&lt;a href="https://example.org/?a=1&amp;amp;b=&amp;quot;2&amp;quot;"&gt;')
  })

  test('dates and authors land on the target tuv in TMX form', async () => {
    const tmx = await collect(writeTmx(sampleDocument(['ru']), { createdAt: FIXED_DATE }))
    expect(tmx).toContain(
      '<tuv xml:lang="ru" creationdate="20240102T030405Z" creationid="Anna" changedate="20240203T040506Z" changeid="Boris">',
    )
  })

  test('sentence units set segtype and fall back to paragraph TUs where no sentence links exist', async () => {
    const tmx = await collect(writeTmx(sampleDocument(['ko']), { createdAt: FIXED_DATE, unit: 'sentence' }))
    expect(tmx).toContain('segtype="sentence"')
    expect(tmx).toContain('<prop type="x-sentence">1</prop>')
    expect(tmx).toContain('<tu tuid="2" segtype="paragraph">')
  })

  test('round-trips texts and marks through parseTmx', async () => {
    const tmx = await collect(writeTmx(sampleDocument(['ru', 'ko']), { createdAt: FIXED_DATE }))
    const file = await parseTmx(tmx)
    const units = []
    for await (const unit of buildExportUnits(sampleDocument(['ru', 'ko']), { createdAt: FIXED_DATE })) units.push(unit)
    expect(file.warnings).toEqual([])
    expect(file.header.targetLangs).toEqual(['ru', 'ko'])
    expect(file.units.map((u) => [u.source?.content, ...u.targets.map((t) => t.content)])).toEqual(
      units.map((u) => [u.source, ...u.targets.map((t) => t.content)]),
    )
  })
})
