import { describe, expect, test } from 'vitest'
import { segmentSentences } from '../segment-sentences'

const ROWS: Array<{ case: string; text: string; sentences: string[] }> = [
  {
    case: 'z. B. with and without a space',
    text: 'Das gilt z. B. hier und z.B. Äpfeln. Neuer Satz.',
    sentences: ['Das gilt z. B. hier und z.B. Äpfeln.', 'Neuer Satz.'],
  },
  {
    case: 'usw. ends a sentence before a capital',
    text: 'Äpfel, Birnen usw. Dann kam er.',
    sentences: ['Äpfel, Birnen usw.', 'Dann kam er.'],
  },
  { case: 'usw. inside a sentence', text: 'Äpfel usw. sind Obst.', sentences: ['Äpfel usw. sind Obst.'] },
  {
    case: 'titles',
    text: 'Hr. Müller und Dr. Meier kamen. Prof. Weber blieb.',
    sentences: ['Hr. Müller und Dr. Meier kamen.', 'Prof. Weber blieb.'],
  },
  {
    case: 'an ordinal date',
    text: 'Am 3. Mai kam er an. Er blieb.',
    sentences: ['Am 3. Mai kam er an.', 'Er blieb.'],
  },
  {
    case: 'ordinals before a noun',
    text: 'Im 19. Jahrhundert war der 2. Weltkrieg fern. Heute nicht.',
    sentences: ['Im 19. Jahrhundert war der 2. Weltkrieg fern.', 'Heute nicht.'],
  },
  {
    case: 'ordinals joined by und',
    text: 'Sie stehen an der 8. und 9. Stelle der Liste. Gut.',
    sentences: ['Sie stehen an der 8. und 9. Stelle der Liste.', 'Gut.'],
  },
  { case: 'a year ends a sentence', text: 'Er kam 1990. Dann ging er.', sentences: ['Er kam 1990.', 'Dann ging er.'] },
  {
    case: 'a unit after a number ends a sentence',
    text: 'Die neue Kote ist 8848 m. Das ist die Zahl.',
    sentences: ['Die neue Kote ist 8848 m.', 'Das ist die Zahl.'],
  },
  {
    case: 'times and decimal numbers',
    text: 'Es ist 10.30 Uhr und 3,5 Grad. Wir gehen.',
    sentences: ['Es ist 10.30 Uhr und 3,5 Grad.', 'Wir gehen.'],
  },
  {
    case: 'low and high quotes after the stop',
    text: 'Er sagte: „Ja.“ Dann ging er. Sie rief: »Nein!« Er blieb.',
    sentences: ['Er sagte: „Ja.“', 'Dann ging er.', 'Sie rief: »Nein!«', 'Er blieb.'],
  },
  {
    case: 'a quoted exclamation inside a sentence',
    text: 'Unter der Losung „Zur Waffe!“ zogen sie los. Neuer Satz.',
    sentences: ['Unter der Losung „Zur Waffe!“ zogen sie los.', 'Neuer Satz.'],
  },
  {
    case: 'a semicolon does not end a sentence',
    text: 'Er kam; sie ging. Es regnete.',
    sentences: ['Er kam; sie ging.', 'Es regnete.'],
  },
  {
    case: 'abbreviations before numbers',
    text: 'Siehe S. 295, Nr. 4 und Bd. XI. Fertig.',
    sentences: ['Siehe S. 295, Nr. 4 und Bd. XI.', 'Fertig.'],
  },
  {
    case: 'a street before its number',
    text: 'Er wohnt in der Hauptstr. 5 in Bern. Gut.',
    sentences: ['Er wohnt in der Hauptstr. 5 in Bern.', 'Gut.'],
  },
  { case: 'a numbered heading', text: '1. Einleitung', sentences: ['1. Einleitung'] },
  {
    case: 'numbered rules after a colon and after a stop',
    text: 'Die Vorschriften besagen: 1. Die Expeditionen zahlen. 2. Die Regierung entscheidet.',
    sentences: ['Die Vorschriften besagen: 1. Die Expeditionen zahlen.', '2. Die Regierung entscheidet.'],
  },
  {
    case: 'd. h. and u. a.',
    text: 'Das ist, d. h. war, u. a. Teil davon. Gut.',
    sentences: ['Das ist, d. h. war, u. a. Teil davon.', 'Gut.'],
  },
  {
    case: 'a weekday before a date, Co. before KG',
    text: 'Am Mo. 5. Juni schloss die Muster GmbH & Co. KG. Alle gingen.',
    sentences: ['Am Mo. 5. Juni schloss die Muster GmbH & Co. KG.', 'Alle gingen.'],
  },
]

describe('German sentence rules', () => {
  test.each(ROWS)('$case', ({ text, sentences }) => {
    expect(segmentSentences(text, 'de')).toEqual(sentences)
  })
})
