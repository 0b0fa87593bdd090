import { describe, expect, test } from 'vitest'
import { COMPOUND_PREFIXES, restsAfterPrefix } from './compound-prefixes'

describe('restsAfterPrefix', () => {
  const ru = COMPOUND_PREFIXES.ru ?? []

  test('the rest after each prefix that starts the word, in any letter case', () => {
    expect(restsAfterPrefix('антияпонской', ru)).toEqual(['японской'])
    expect(restsAfterPrefix('Антияпонской', ru)).toEqual(['японской'])
    expect(restsAfterPrefix('АНТИЯПОНСКОЙ', ru)).toEqual(['ЯПОНСКОЙ'])
    expect(restsAfterPrefix('контрпредложения', ru)).toEqual(['предложения'])
    expect(restsAfterPrefix('counterproposal', COMPOUND_PREFIXES.en ?? [])).toEqual(['proposal'])
  })

  test('nothing for a word no prefix starts, a short rest, or a language without prefixes', () => {
    expect(restsAfterPrefix('японской', ru)).toEqual([])
    expect(restsAfterPrefix('простол', ru)).toEqual([])
    expect(restsAfterPrefix('антияпонской', [])).toEqual([])
  })

  test('each language lists its prefixes in lower case, once', () => {
    for (const prefixes of Object.values(COMPOUND_PREFIXES)) {
      expect(prefixes.map((p) => p.toLowerCase())).toEqual(prefixes)
      expect(new Set(prefixes).size).toBe(prefixes.length)
    }
  })
})
