import { describe, expect, test } from 'vitest'
import { parseTmx, readTmx } from './read-tmx'
import { FIXED_DATE, sampleDocument } from './test-fixtures/sample-document'
import { collect, utf16le } from './test-fixtures/tools'
import { writeTmx } from './write-tmx'

const HEADER =
  '<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en-US" datatype="rtf"/>'
const tmx = (body: string, header = HEADER) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">${header}<body>${body}</body></tmx>`

describe('parseTmx', () => {
  test('reads UTF-16 files with a byte order mark', async () => {
    const text = tmx(
      '<tu><tuv xml:lang="en-US"><seg>Hi</seg></tuv><tuv xml:lang="ko"><seg>안녕</seg></tuv></tu>',
    ).replace('UTF-8', 'UTF-16')
    const file = await parseTmx(utf16le(text))
    expect(file.units[0]!.targets[0]!.text).toBe('안녕')
  })

  test('reads bytes split across chunks, including inside a multi-byte character', async () => {
    const bytes = new TextEncoder().encode(
      tmx('<tu><tuv xml:lang="en-US"><seg>x</seg></tuv><tuv xml:lang="ru"><seg>Привет</seg></tuv></tu>'),
    )
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7))
    const file = await parseTmx(chunks)
    expect(file.units[0]!.targets[0]!.text).toBe('Привет')
  })

  test('reads TMX 1.1 files with lang attributes and RTF codes; unmapped codes become protected placeholders', async () => {
    const file = await parseTmx(
      '<tmx version="1.1"><header srclang="EN-US" creationtool="Old" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="rtf"/><body>' +
        '<tu><tuv lang="EN-US"><seg><bpt i="1" type="bold">{\\b </bpt>Bold<ept i="1">}</ept> and <ph>{\\field}</ph> <ut>{\\x}</ut></seg></tuv>' +
        '<tuv lang="RU-RU"><seg><bpt i="1">{\\cf1 </bpt>Цвет<ept i="1">}</ept></seg></tuv></tu></body></tmx>',
    )
    const [unit] = file.units
    expect(unit!.source!.content.content[0]!.content![0]).toEqual({
      type: 'text',
      text: 'Bold',
      marks: [{ type: 'bold' }],
    })
    expect(unit!.source!.text).toBe('Bold and ⟦{\\field}⟧ ⟦{\\x}⟧')
    expect(unit!.source!.placeholders.map((p) => p.element)).toEqual(['ph', 'ut'])
    expect(unit!.targets[0]).toMatchObject({ lang: 'ru-RU', text: '⟦{\\cf1 ⟧Цвет⟦}⟧' })
  })

  test('streams units one by one after the header', async () => {
    const out = await collect(writeTmx(sampleDocument(['ru']), { createdAt: FIXED_DATE }))
    const kinds = []
    for await (const ev of readTmx(out)) kinds.push(ev.kind)
    expect(kinds).toEqual(['header', 'unit', 'unit', 'unit', 'unit'])
  })
})

describe('parseTmx on hostile or broken files', () => {
  test('a link whose href holds an out-of-range character reference keeps the reference literally', async () => {
    const file = await parseTmx(
      tmx(
        '<tu><tuv xml:lang="en-US"><seg><bpt i="1">&lt;a href="&amp;#99999999;"&gt;</bpt>x<ept i="1">&lt;/a&gt;</ept></seg></tuv>' +
          '<tuv xml:lang="ru"><seg>y</seg></tuv></tu>',
      ),
    )
    expect(file.units[0]!.source!.content.content[0]!.content![0]).toEqual({
      type: 'text',
      text: 'x',
      marks: [{ type: 'link', attrs: { href: '&#99999999;' } }],
    })
  })

  const cases: [string, string | Uint8Array, string][] = [
    [
      'an XXE external entity',
      '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><tmx version="1.4">' +
        HEADER +
        '<body><tu><tuv xml:lang="en"><seg>&xxe;</seg></tuv></tu></body></tmx>',
      'errors.import.doctype',
    ],
    [
      'a billion laughs',
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><tmx>&lol3;</tmx>',
      'errors.import.doctype',
    ],
    [
      'a parameter entity',
      '<!DOCTYPE tmx [<!ENTITY % ext SYSTEM "http://evil/x.dtd"> %ext;]><tmx/>',
      'errors.import.doctype',
    ],
    [
      'a truncated file',
      tmx('<tu><tuv xml:lang="en"><seg>Hello</seg></tuv></tu>').slice(0, -30),
      'errors.import.truncated',
    ],
    [
      'a TMX with no srclang',
      tmx(
        '',
        '<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" datatype="plaintext"/>',
      ),
      'errors.import.noSrcLang',
    ],
    [
      'a UTF-8 file that declares UTF-16',
      new TextEncoder().encode(tmx('').replace('UTF-8', 'UTF-16')),
      'errors.import.encoding',
    ],
    [
      'a Latin-1 file that declares UTF-8',
      Uint8Array.from([
        ...new TextEncoder().encode(tmx('<tu><tuv xml:lang="en-US"><seg>caf')),
        0xe9,
        ...new TextEncoder().encode('</seg></tuv></tu></body></tmx>'),
      ]),
      'errors.import.encoding',
    ],
    ['a UTF-16 file that declares UTF-8', utf16le(tmx('')), 'errors.import.encoding'],
    ['malformed XML', tmx('<tu><tuv xml:lang="en"><seg>a < b</seg></tuv></tu>'), 'errors.import.malformedXml'],
    ['an empty file', '', 'errors.import.empty'],
  ]
  test.each(cases)('%s gives a clear error code', async (_name, input, code) => {
    const error = await parseTmx(input).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toMatchObject({ code })
    if (input !== '') expect((error as { line: number }).line).toBeGreaterThan(0)
  })

  test('a file over the configured size limit stops with errors.import.tooLarge', async () => {
    const big = tmx('<tu><tuv xml:lang="en-US"><seg>x</seg></tuv></tu>'.repeat(200))
    await expect(parseTmx(new TextEncoder().encode(big), { maxBytes: 1000 })).rejects.toMatchObject({
      code: 'errors.import.tooLarge',
    })
    await expect(parseTmx(big, { maxBytes: 1000 })).rejects.toMatchObject({ code: 'errors.import.tooLarge' })
  })

  test('a DOCTYPE that only names the TMX DTD is accepted and never fetched', async () => {
    const file = await parseTmx(
      tmx('<tu><tuv xml:lang="en-US"><seg>x</seg></tuv></tu>').replace(
        '<tmx',
        '<!DOCTYPE tmx SYSTEM "http://example.invalid/tmx14.dtd">\n<tmx',
      ),
    )
    expect(file.units).toHaveLength(1)
  })

  test('a variant in a region of the source language (srclang en-US, xml:lang en) is the source, not a target', async () => {
    const file = await parseTmx(
      tmx('<tu><tuv xml:lang="de"><seg>Hallo</seg></tuv><tuv xml:lang="EN"><seg>Hello</seg></tuv></tu>'),
    )
    expect(file.units[0]!.source?.text).toBe('Hello')
    expect(file.units[0]!.targets.map((t) => t.lang)).toEqual(['de'])
    expect(file.header.targetLangs).toEqual(['de'])
    expect(file.warnings).toEqual([])
  })
})
