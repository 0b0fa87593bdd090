import { describe, expect, test } from 'vitest'
import { checkExchangeFile } from '../exchange/check-exchange-file'
import { canonicalLangTag, LangTagSchema } from './lang-tag'
import { parseParallelJson } from './read-json'
import { parseTmx } from './read-tmx'
import { parseXliff } from './read-xliff'
import { FIXED_DATE, sampleDocument } from './test-fixtures/sample-document'
import { collect } from './test-fixtures/tools'
import { writeJson } from './write-json'

const EVIL = 'x/../../../../..//127.0.0.1:3299/pwned'
const HEADER = (srclang: string) =>
  `<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="${srclang}" datatype="plaintext"/>`
const tmx = (srclang: string, target: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">${HEADER(srclang)}<body>` +
  `<tu><tuv xml:lang="en"><seg>Hi</seg></tuv><tuv xml:lang="${target}"><seg>Привет</seg></tuv></tu></body></tmx>`
const xliff12 = (target: string) =>
  `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="${target}" datatype="plaintext" original="a">` +
  '<body><trans-unit id="1"><source>Hi</source><target>Привет</target></trans-unit></body></file></xliff>'
const xliff2 = (target: string) =>
  `<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="${target}"><file id="f">` +
  '<unit id="1"><segment><source>Hi</source><target>Привет</target></segment></unit></file></xliff>'

const refusal = { code: 'errors.language.invalid', params: { lang: EVIL } }

describe('canonicalLangTag', () => {
  test('gives the canonical BCP 47 form of well-formed tags', () => {
    expect(canonicalLangTag('RU')).toBe('ru')
    expect(canonicalLangTag(' pt-br ')).toBe('pt-BR')
    expect(canonicalLangTag('en_US')).toBe('en-US')
    expect(canonicalLangTag('zh-hant-tw')).toBe('zh-Hant-TW')
  })

  test('refuses anything that is not a well-formed tag, so no tag can carry a path or a URL', () => {
    for (const tag of [EVIL, '', ' ', 'en/ru', 'en?x=1', 'ru#a', '..', 'en ru', 'a'.repeat(36), 'ru\u0000']) {
      expect(canonicalLangTag(tag)).toBeNull()
    }
  })

  test('the zod schema canonicalizes and names the bad tag', () => {
    expect(LangTagSchema.parse('EN-gb')).toBe('en-GB')
    const result = LangTagSchema.safeParse(EVIL)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]).toMatchObject({ message: 'language.invalid', params: { lang: EVIL } })
  })
})

describe('imports refuse a bad language tag and name it', () => {
  test('TMX: a tuv xml:lang or the header srclang', async () => {
    await expect(parseTmx(tmx('en', EVIL))).rejects.toMatchObject(refusal)
    await expect(parseTmx(tmx(EVIL, 'ru'))).rejects.toMatchObject(refusal)
  })

  test('XLIFF 1.2 and 2.0: the target language', async () => {
    await expect(parseXliff(xliff12(EVIL))).rejects.toMatchObject(refusal)
    await expect(parseXliff(xliff2(EVIL))).rejects.toMatchObject(refusal)
  })

  test('Parallel JSON: a translation language', async () => {
    const json = await collect(writeJson(sampleDocument(['ru']), { createdAt: FIXED_DATE }))
    expect(() => parseParallelJson(json.replaceAll('"ru"', JSON.stringify(EVIL)))).toThrow(
      expect.objectContaining(refusal),
    )
  })

  test('the file check reports it as an error', async () => {
    const report = await checkExchangeFile(new TextEncoder().encode(tmx('en', EVIL)), 'tmx', 1e6)
    expect(report.ok).toBe(false)
    expect(report.problems).toContainEqual(expect.objectContaining({ code: 'language.invalid', severity: 'error' }))
  })
})
