import type { CompiledRules } from './compile-rules'

/** Whether the first rule that matches at `at` says to cut there (SRX: first match wins, none means no cut). */
function isBreakAt(rules: CompiledRules['rules'], text: string, at: number): boolean {
  for (const rule of rules) {
    rule.test.lastIndex = at
    if (rule.test.test(text)) return rule.isBreak
  }
  return false
}

/**
 * Cuts one paragraph into sentences where the rules say so, each trimmed with its spaces and line
 * breaks made single spaces. Only the positions a break rule matches are decided, and every rule looks
 * at a bounded stretch around a position, so this is linear in the length of the paragraph.
 */
export function splitWithRules(paragraph: string, rules: CompiledRules): string[] {
  const sentences: string[] = []
  const push = (piece: string) => {
    const sentence = piece.replace(/\s+/gu, ' ').trim()
    if (sentence !== '') sentences.push(sentence)
  }
  let start = 0
  for (const match of paragraph.matchAll(rules.candidates)) {
    if (match.index <= start || !isBreakAt(rules.rules, paragraph, match.index)) continue
    push(paragraph.slice(start, match.index))
    start = match.index
  }
  push(paragraph.slice(start))
  return sentences
}
