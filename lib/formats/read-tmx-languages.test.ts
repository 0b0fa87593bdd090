import { describe, expect, test } from 'vitest'
import { readTmxLanguages, suggestTmxPair } from './read-tmx-languages'
import { utf16le } from './test-fixtures/tools'

const HEADER = (srclang: string) =>
  `<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="${srclang}" datatype="plaintext"/>`
const tu = (...variants: Array<[string, string]>) =>
  `<tu>${variants.map(([lang, text]) => `<tuv xml:lang="${lang}"><seg>${text}</seg></tuv>`).join('')}</tu>`
const tmx = (header: string, body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">${header}<body>${body}</body></tmx>`
const utf8 = (text: string) => new TextEncoder().encode(text)

describe('readTmxLanguages', () => {
  test('reads the header srclang and each tuv language once, in the order they come', () => {
    const file = tmx(HEADER('en-us'), tu(['en-US', 'Hello'], ['ru', 'Привет']) + tu(['en-US', 'Bye'], ['ko', '안녕']))
    expect(readTmxLanguages(utf8(file))).toEqual({ sourceLang: 'en-US', langs: ['en-US', 'ru', 'ko'] })
  })

  test('a srclang of *all* or none gives no source language', () => {
    expect(readTmxLanguages(utf8(tmx(HEADER('*all*'), tu(['de', 'Hallo'], ['fr', 'Salut']))))).toEqual({
      sourceLang: null,
      langs: ['de', 'fr'],
    })
    expect(readTmxLanguages(utf8(tmx('<header/>', tu(['de', 'Hallo']))))).toEqual({ sourceLang: null, langs: ['de'] })
  })

  test('reads TMX 1.1 lang attributes, single quotes and a UTF-16 file with a byte order mark', () => {
    const file = tmx(HEADER('en'), `<tu><tuv lang='EN'><seg>Hi</seg></tuv><tuv lang="ru"><seg>Привет</seg></tuv></tu>`)
    expect(readTmxLanguages(utf16le(file.replace('UTF-8', 'UTF-16')))).toEqual({
      sourceLang: 'en',
      langs: ['en', 'ru'],
    })
  })

  test('a prefix cut inside a tag or a character keeps what is complete before it', () => {
    const bytes = utf8(tmx(HEADER('en'), tu(['en', 'One'], ['ru', 'Один']) + tu(['en', 'Two'], ['uk', 'Два'])))
    const cut = new TextDecoder().decode(bytes).indexOf('<tuv xml:lang="uk"') + 10
    expect(readTmxLanguages(bytes.subarray(0, cut))).toEqual({ sourceLang: 'en', langs: ['en', 'ru'] })
    const insideCyrillic = new TextDecoder().decode(bytes).indexOf('Один') + 1
    expect(readTmxLanguages(bytes.subarray(0, insideCyrillic + 3))).toEqual({ sourceLang: 'en', langs: ['en', 'ru'] })
  })

  test('languages in comments, CDATA and malformed tags are not read', () => {
    const body = `<!-- <tuv xml:lang="fr"> --><tu><tuv xml:lang="en"><seg><![CDATA[<tuv xml:lang="it">]]></seg></tuv><tuv xml:lang="not a tag"><seg>x</seg></tuv></tu>`
    expect(readTmxLanguages(utf8(tmx(HEADER('en'), body)))).toEqual({ sourceLang: 'en', langs: ['en'] })
  })

  test('anything that is not TMX gives no languages', () => {
    expect(readTmxLanguages(new Uint8Array())).toEqual({ sourceLang: null, langs: [] })
    expect(readTmxLanguages(utf8('%PDF-1.7 binary'))).toEqual({ sourceLang: null, langs: [] })
  })
})

describe('suggestTmxPair', () => {
  const empty = { srcLang: '', tgtLang: '' }

  test('the source is the header srclang, the target the first other tuv language', () => {
    expect(suggestTmxPair({ sourceLang: 'en', langs: ['en-US', 'ru', 'ko'] }, empty)).toEqual({
      srcLang: 'en',
      tgtLang: 'ru',
    })
  })

  test('without a srclang the first two tuv languages are the pair', () => {
    expect(suggestTmxPair({ sourceLang: null, langs: ['de', 'fr'] }, empty)).toEqual({ srcLang: 'de', tgtLang: 'fr' })
  })

  test('a language already chosen is kept, and the target is another language than the chosen source', () => {
    const found = { sourceLang: 'en', langs: ['en', 'ru', 'ko'] }
    expect(suggestTmxPair(found, { srcLang: 'ru', tgtLang: '' })).toEqual({ srcLang: 'ru', tgtLang: 'en' })
    expect(suggestTmxPair(found, { srcLang: '', tgtLang: 'ko' })).toEqual({ srcLang: 'en', tgtLang: 'ko' })
    expect(suggestTmxPair(found, { srcLang: 'de', tgtLang: 'fr' })).toEqual({ srcLang: 'de', tgtLang: 'fr' })
  })

  test('a file with one language or none leaves the rest empty', () => {
    expect(suggestTmxPair({ sourceLang: 'en', langs: ['en'] }, empty)).toEqual({ srcLang: 'en', tgtLang: '' })
    expect(suggestTmxPair({ sourceLang: null, langs: [] }, empty)).toEqual(empty)
  })
})
