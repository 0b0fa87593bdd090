import type { FoundNumber } from './find-numbers'
import { monthOf } from './month-names'

// A day just before the month: "5 March", "5. März", "5th of March", "5 de marzo", "1er mars", "5-го марта".
const DAY_BEFORE = /(?<![\p{N}.,])\d{1,2}(?:st|nd|rd|th|er|e|º|ª|-?го)?\.?\s*(?:(?:of|de|del)\s+)?$/u
// A day or a year just after it: "March 5", "March 2024", "Jan. 5", "marzo de 2024", "марте 2024".
const NUMBER_AFTER = /^\.?\s*(?:(?:de|del)\s+)?\d{1,4}(?!\d)/u
const WORD = /\p{L}+/gu

/**
 * The month names of a date written out ("5 March 2024", "March 5, 2024", "5 марта 2024 г.") as
 * numbers, so that the numbers check compares day, month and year whichever way each language writes
 * the date (`5 марта` = `05.03.` = `3月5日`). A month name counts only next to a day or a year: "May"
 * or "mars" alone is a word. Languages and forms are in `month-names.ts`.
 */
export function findWrittenMonths(text: string, lang: string): FoundNumber[] {
  const out: FoundNumber[] = []
  for (const match of text.matchAll(WORD)) {
    const month = monthOf(match[0], lang)
    if (month === null) continue
    const start = match.index
    const end = start + match[0].length
    if (DAY_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || NUMBER_AFTER.test(text.slice(end, end + 16)))
      out.push({ value: String(month), start, end })
  }
  return out
}
