import { describe, expect, test } from 'vitest'
import { segmentSentences } from '../segment-sentences'

const ROWS: Array<{ lang: string; case: string; text: string; sentences: string[] }> = [
  {
    lang: 'es',
    case: 'Sr. and pág.',
    text: 'El Sr. García vio la pág. 5. ¿Y usted? Sí.',
    sentences: ['El Sr. García vio la pág. 5.', '¿Y usted?', 'Sí.'],
  },
  {
    lang: 'it',
    case: 'Sig. and Dott.',
    text: 'Il Sig. Rossi e il Dott. Bianchi arrivano. Bene.',
    sentences: ['Il Sig. Rossi e il Dott. Bianchi arrivano.', 'Bene.'],
  },
  {
    lang: 'pt',
    case: 'Sr. and Dra.',
    text: 'O Sr. Silva e a Dra. Costa chegaram. Bom.',
    sentences: ['O Sr. Silva e a Dra. Costa chegaram.', 'Bom.'],
  },
  {
    lang: 'nl',
    case: 'bijv. and blz.',
    text: 'Fruit, bijv. Appels, staat op blz. 4. Goed.',
    sentences: ['Fruit, bijv. Appels, staat op blz. 4.', 'Goed.'],
  },
  {
    lang: 'uk',
    case: 'вул. and м. before a name',
    text: 'Він живе в м. Київ на вул. Хрещатик. Добре.',
    sentences: ['Він живе в м. Київ на вул. Хрещатик.', 'Добре.'],
  },
  {
    lang: 'el',
    case: 'the Greek question mark',
    text: 'Τι κάνεις; Καλά είμαι.',
    sentences: ['Τι κάνεις;', 'Καλά είμαι.'],
  },
  {
    lang: 'ar',
    case: 'the Arabic question mark',
    text: 'مرحبا؟ نعم. لا شيء!',
    sentences: ['مرحبا؟', 'نعم.', 'لا شيء!'],
  },
  { lang: 'hi', case: 'the danda', text: 'मैं ठीक हूँ। तुम कैसे हो?', sentences: ['मैं ठीक हूँ।', 'तुम कैसे हो?'] },
  {
    lang: 'da',
    case: 'an ordinal date before a lowercase month',
    text: 'Han kom den 3. maj. Hun blev.',
    sentences: ['Han kom den 3. maj.', 'Hun blev.'],
  },
  {
    lang: 'nb',
    case: 'an ordinal date before a lowercase month',
    text: 'Hun kom 17. mai. Han ble.',
    sentences: ['Hun kom 17. mai.', 'Han ble.'],
  },
  { lang: 'th', case: 'a space between Thai words', text: 'สวัสดีครับ ผมชื่อสมชาย', sentences: ['สวัสดีครับ', 'ผมชื่อสมชาย'] },
  {
    lang: 'sv',
    case: 'a language without rules of its own uses the default rules',
    text: 'Dr. Berg kom hem. Han åt, t. ex. fisk.',
    sentences: ['Dr. Berg kom hem.', 'Han åt, t. ex. fisk.'],
  },
  {
    lang: 'en-GB',
    case: 'a regional tag uses its language’s rules',
    text: 'Mrs. Hudson left. St. Paul stayed.',
    sentences: ['Mrs. Hudson left.', 'St. Paul stayed.'],
  },
]

describe('sentence rules of other languages', () => {
  test.each(ROWS)('$lang: $case', ({ lang, text, sentences }) => {
    expect(segmentSentences(text, lang)).toEqual(sentences)
  })
})
