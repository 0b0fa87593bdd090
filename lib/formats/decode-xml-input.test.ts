import { describe, expect, test } from 'vitest'
import { decodeXmlInput, type XmlInput } from './decode-xml-input'
import type { FormatProblem } from './format-error'
import { parseTmx } from './read-tmx'
import { parseXliff } from './read-xliff'

const utf8 = (text: string) => new TextEncoder().encode(text)
/** One byte per character (every character below U+0100), as ISO-8859-1 stores it. */
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0))
const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...utf8(part)] : part)))

function utf16(text: string, littleEndian: boolean, bom = true): number[] {
  const out = bom ? (littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : []
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    out.push(...(littleEndian ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]))
  }
  return out
}

/** The bytes cut into pieces of `size` (so boundaries fall inside multi-byte sequences). */
function pieces(input: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = []
  for (let at = 0; at < input.length; at += size) out.push(input.slice(at, at + size))
  return out
}

async function decode(input: XmlInput): Promise<{ text: string; warnings: FormatProblem[] }> {
  const warnings: FormatProblem[] = []
  let text = ''
  for await (const chunk of decodeXmlInput(input, undefined, { onWarning: (w) => warnings.push(w) })) text += chunk
  return { text, warnings }
}

async function failure(input: XmlInput): Promise<unknown> {
  return decode(input).then(
    () => 'no error',
    (error: unknown) => error,
  )
}

const declaration = (encoding: string) => `<?xml version="1.0" encoding="${encoding}"?>\n`

describe('decodeXmlInput: a declaration the bytes contradict', () => {
  const body = '<seg>Café, Жук, 日本</seg>'

  test.each(['ISO-8859-1', 'latin1', 'windows-1252', 'cp1252', 'US-ASCII'])(
    'UTF-8 bytes declared as %s are read as UTF-8, with a warning at the first non-ASCII byte',
    async (label) => {
      const { text, warnings } = await decode(utf8(declaration(label) + body))
      expect(text).toBe(declaration(label) + body)
      expect(warnings).toEqual([
        expect.objectContaining({
          code: 'errors.import.encodingMismatch',
          severity: 'warning',
          line: 2,
          column: 9,
          params: { declared: label.toLowerCase(), found: 'UTF-8' },
        }),
      ])
    },
  )

  test.each([1, 2, 3, 5, 7])('the same when the input comes in pieces of %i bytes', async (size) => {
    const input = utf8(declaration('ISO-8859-1') + '<seg>日本 and é</seg>')
    const { text, warnings } = await decode(pieces(input, size))
    expect(text).toBe(declaration('ISO-8859-1') + '<seg>日本 and é</seg>')
    expect(warnings).toMatchObject([{ code: 'errors.import.encodingMismatch', line: 2, column: 6 }])
  })

  test('a U+FEFF that turns the reading to UTF-8 is kept as text', async () => {
    const source = declaration('latin1') + '<a>\uFEFFé</a>'
    expect((await decode(utf8(source))).text).toBe(source)
  })

  test('a real Latin-1 file keeps decoding as Latin-1, with no warning', async () => {
    const source = declaration('ISO-8859-1') + '<seg>café, à la «maison», ÿ, Ã©</seg>'
    expect(await decode(latin1(source))).toEqual({ text: source, warnings: [] })
    expect(await decode(pieces(latin1(source), 1))).toEqual({ text: source, warnings: [] })
  })

  test('a Latin-1 file whose first non-ASCII byte ends the file is still Latin-1', async () => {
    const source = declaration('latin1') + '<a/>\nÃ'
    expect(await decode(latin1(source))).toEqual({ text: source, warnings: [] })
  })

  test('invalid UTF-8 after the switch to UTF-8 is an encoding error at its own position', async () => {
    const input = bytes(declaration('ISO-8859-1'), '<seg>é</seg>\n<seg>ab', [0xe9], 'c</seg>')
    expect(await failure(input)).toMatchObject({ code: 'errors.import.encoding', line: 3, column: 8 })
  })

  test('windows-1252 text with curly quotes is read as windows-1252 with no warning', async () => {
    const { text, warnings } = await decode(
      bytes(declaration('windows-1252'), '<seg>', [0x93], 'hi', [0x94, 0x80], '</seg>'),
    )
    expect(text).toBe(`${declaration('windows-1252')}<seg>“hi”€</seg>`)
    expect(warnings).toEqual([])
  })

  test.each([
    ['81', 0x81],
    ['8D', 0x8d],
    ['8F', 0x8f],
    ['90', 0x90],
    ['9D', 0x9d],
  ])('byte 0x%s, which windows-1252 does not define, is refused at its position', async (_hex, byte) => {
    for (const label of ['windows-1252', 'ISO-8859-1']) {
      const input = bytes(declaration(label), '<seg>caf', [0xe9], '\n', [0xe0, byte], '</seg>')
      expect(await failure(input)).toMatchObject({ code: 'errors.import.encoding', line: 3, column: 2 })
    }
  })

  test('ISO-8859-1 text with bytes 0x80–0x9F (C1 controls there) is read as windows-1252, with a warning', async () => {
    const input = bytes(declaration('ISO-8859-1'), '<seg>caf', [0xe9], ' ', [0x93], 'hi', [0x94], '</seg>')
    const { text, warnings } = await decode(input)
    expect(text).toBe(`${declaration('ISO-8859-1')}<seg>café “hi”</seg>`)
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'errors.import.encodingMismatch',
        line: 2,
        column: 11,
        params: { declared: 'iso-8859-1', found: 'windows-1252' },
      }),
    ])
  })

  test('a file declared US-ASCII with Latin-1 bytes is read as windows-1252, with a warning', async () => {
    const { text, warnings } = await decode(bytes(declaration('us-ascii'), '<seg>caf', [0xe9], ' ', [0xe8], '</seg>'))
    expect(text).toBe(`${declaration('us-ascii')}<seg>café è</seg>`)
    expect(warnings).toMatchObject([
      {
        code: 'errors.import.encodingMismatch',
        line: 2,
        column: 9,
        params: { declared: 'us-ascii', found: 'windows-1252' },
      },
    ])
  })

  test('a file without a declaration, or declaring UTF-8, gives no warning', async () => {
    expect(await decode(utf8('<seg>Café 日本</seg>'))).toEqual({ text: '<seg>Café 日本</seg>', warnings: [] })
    expect((await decode(utf8(declaration('UTF-8') + '<a>é</a>'))).warnings).toEqual([])
  })
})

describe('decodeXmlInput: where an invalid byte is', () => {
  test('a bad UTF-8 byte is reported at its line and column in characters', async () => {
    expect(await failure(bytes('<a>\n<b>日本語', [0xff], '</b></a>'))).toMatchObject({
      code: 'errors.import.encoding',
      line: 2,
      column: 7,
    })
  })

  test('a sequence cut short is reported at its first byte', async () => {
    expect(await failure(bytes('<a>日', [0xe6, 0x97], 'x</a>'))).toMatchObject({ line: 1, column: 5 })
    expect(await failure(bytes('<a>\nab', [0xe6, 0x97]))).toMatchObject({ line: 2, column: 3 })
  })

  test('lines end at LF, CRLF and a lone CR, as the XML parser counts them', async () => {
    expect(await failure(bytes('a\r\nb\rc\n\r\nd', [0x80]))).toMatchObject({ line: 5, column: 2 })
  })

  test.each([1, 3, 7, 64])(
    'a bad byte on line 1000 of input given in pieces of %i bytes, cut inside multi-byte sequences',
    async (size) => {
      const line = '<l>Жук, 日本, 😀</l>\r\n'
      const input = bytes(line.repeat(999), '<l>日😀x', [0xc3, 0x28], '</l>')
      expect(await failure(pieces(input, size))).toMatchObject({
        code: 'errors.import.encoding',
        line: 1000,
        column: 7,
      })
    },
  )

  describe.each([true, false])('UTF-16 (little-endian: %s)', (littleEndian) => {
    const wide = (text: string, bom = true) => utf16(text, littleEndian, bom)

    test('an unpaired low surrogate is reported at its position', async () => {
      const input = Uint8Array.from([...wide('<a>\nab'), ...wide('\udc00', false), ...wide('c</a>', false)])
      expect(await failure(input)).toMatchObject({ code: 'errors.import.encoding', line: 2, column: 3 })
      expect(await failure(pieces(input, 3))).toMatchObject({ code: 'errors.import.encoding', line: 2, column: 3 })
    })

    test('a high surrogate that no low surrogate follows is reported at its position', async () => {
      const input = Uint8Array.from([...wide('<a>😀\n😀b'), ...wide('\ud83dc</a>', false)])
      expect(await failure(input)).toMatchObject({ code: 'errors.import.encoding', line: 2, column: 3 })
      expect(await failure(pieces(input, 1))).toMatchObject({ code: 'errors.import.encoding', line: 2, column: 3 })
    })

    test('an odd number of bytes is reported where the last character would be', async () => {
      const input = Uint8Array.from([...wide('<a/>\n<b/>'), 0x20])
      expect(await failure(input)).toMatchObject({ code: 'errors.import.encoding', line: 2, column: 5 })
      expect(await failure(pieces(input, 3))).toMatchObject({ code: 'errors.import.encoding', line: 2, column: 5 })
    })

    test('a large file with a bad character on line 1000', async () => {
      const input = Uint8Array.from([...wide('<l>Жук, 日本, 😀</l>\n'.repeat(999)), ...wide('<l>😀x\udc00</l>', false)])
      expect(await failure(pieces(input, 5))).toMatchObject({ line: 1000, column: 6 })
    })
  })

  test('a byte undefined in another single-byte encoding is reported at its position', async () => {
    // 0xAE is not defined in ISO-8859-7.
    const input = bytes(declaration('ISO-8859-7'), '<a>\n', [0xc1, 0xe2, 0xae], '</a>')
    expect(await failure(input)).toMatchObject({ code: 'errors.import.encoding', line: 3, column: 3 })
  })
})

describe('the readers pass encoding warnings on', () => {
  const body =
    '<body><tu><tuv xml:lang="en"><seg>Tea</seg></tuv><tuv xml:lang="ru"><seg>Чай</seg></tuv></tu></body></tmx>'
  const tmx = (encoding: string) =>
    declaration(encoding) +
    '<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>\n' +
    body

  test('parseTmx returns the text as UTF-8 and the mismatch among its warnings', async () => {
    const file = await parseTmx(utf8(tmx('ISO-8859-1')))
    expect(file.units[0]!.targets[0]!.text).toBe('Чай')
    expect(file.warnings).toMatchObject([
      { code: 'errors.import.encodingMismatch', line: 3, column: body.indexOf('Ч') + 1 },
    ])
  })

  test('parseXliff too', async () => {
    const units =
      '<file id="f"><unit id="u"><segment><source>Tea</source><target>Thé</target></segment></unit></file></xliff>'
    const xliff =
      declaration('windows-1252') +
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">\n' +
      units
    const file = await parseXliff(utf8(xliff))
    expect(file.units[0]!.targets[0]!.text).toBe('Thé')
    expect(file.warnings).toMatchObject([
      { code: 'errors.import.encodingMismatch', line: 3, column: units.indexOf('é') + 1 },
    ])
  })
})
