import { describe, expect, test } from 'vitest'
import { segmentSentences } from '../segment-sentences'

const ROWS: Array<{ case: string; text: string; sentences: string[] }> = [
  {
    case: 'initials before a surname',
    text: 'В. В. Путин сказал. Все слушали.',
    sentences: ['В. В. Путин сказал.', 'Все слушали.'],
  },
  {
    case: 'initials and г. after a year before lowercase',
    text: 'А. С. Пушкин родился в 1799 г. в Москве.',
    sentences: ['А. С. Пушкин родился в 1799 г. в Москве.'],
  },
  {
    case: 'initials after a surname',
    text: 'Путин В. В. провёл встречу. Итоги подвели.',
    sentences: ['Путин В. В. провёл встречу.', 'Итоги подвели.'],
  },
  { case: 'т. е.', text: 'Это, т. е. пример. Второе.', sentences: ['Это, т. е. пример.', 'Второе.'] },
  {
    case: 'и т. д. ends a sentence before a capital',
    text: 'Яблоки, груши и т. д. Потом пришёл он.',
    sentences: ['Яблоки, груши и т. д.', 'Потом пришёл он.'],
  },
  {
    case: 'и т. п. inside a sentence',
    text: 'Яблоки, груши и т. п. были там.',
    sentences: ['Яблоки, груши и т. п. были там.'],
  },
  {
    case: 'г. and ул. before a name, д. before a number',
    text: 'Он живёт в г. Москва на ул. Ленина, д. 5. Хорошо.',
    sentences: ['Он живёт в г. Москва на ул. Ленина, д. 5.', 'Хорошо.'],
  },
  {
    case: 'г. after a year ends a sentence before a capital',
    text: 'Он родился в 1990 г. Потом он вырос.',
    sentences: ['Он родился в 1990 г.', 'Потом он вырос.'],
  },
  {
    case: 'guillemets after the stop',
    text: 'Он сказал: «Да.» Потом ушёл.',
    sentences: ['Он сказал: «Да.»', 'Потом ушёл.'],
  },
  {
    case: 'direct speech continued after a dash',
    text: '«Правда?» — спросил он. — Да! — ответила она.',
    sentences: ['«Правда?» — спросил он.', '— Да! — ответила она.'],
  },
  {
    case: 'тыс. before lowercase, руб. before a capital',
    text: 'Это стоит 5 тыс. руб. Дорого.',
    sentences: ['Это стоит 5 тыс. руб.', 'Дорого.'],
  },
  {
    case: 'см. and рис. before a number',
    text: 'См. рис. 3. Там всё видно.',
    sentences: ['См. рис. 3.', 'Там всё видно.'],
  },
  {
    case: 'a semicolon does not end a sentence',
    text: 'Он пришёл; она ушла. Конец.',
    sentences: ['Он пришёл; она ушла.', 'Конец.'],
  },
  {
    case: 'an ellipsis before lowercase',
    text: 'Подождите... что? Да.',
    sentences: ['Подождите... что?', 'Да.'],
  },
  { case: 'a Roman numeral heading', text: 'II. Методы', sentences: ['II. Методы'] },
]

describe('Russian sentence rules', () => {
  test.each(ROWS)('$case', ({ text, sentences }) => {
    expect(segmentSentences(text, 'ru')).toEqual(sentences)
  })
})
