import { primaryLang } from '../lang'
import type { QaIssue, QaSegmentInput } from '../types'

type Family = 'paren' | 'square' | 'curly' | 'double' | 'corner'
type Pairs = { open: Map<string, [string, Family]>; close: Map<string, Family>; toggles: Map<string, Family> }

const BRACKETS: Array<[string, string, Family]> = [
  ['(', ')', 'paren'],
  ['（', '）', 'paren'],
  ['[', ']', 'square'],
  ['【', '】', 'square'],
  ['〔', '〕', 'square'],
  ['{', '}', 'curly'],
  ['「', '」', 'corner'],
  ['『', '』', 'corner'],
  ['〈', '〉', 'corner'],
  ['《', '》', 'corner'],
]
/**
 * Double quotes by language: the same mark opens in one language and closes in another (“ in English
 * and German). Single quotes are not checked: they double as apostrophes (don’t, l’homme).
 */
const QUOTES: Record<string, Array<[string, string, Family]>> = {
  default: [
    ['“', '”', 'double'],
    ['«', '»', 'double'],
  ],
  de: [
    ['„', '“', 'double'],
    ['»', '«', 'double'],
  ],
  ru: [
    ['«', '»', 'double'],
    ['„', '“', 'double'],
  ],
  pl: [
    ['„', '”', 'double'],
    ['«', '»', 'double'],
  ],
  sv: [
    ['”', '”', 'double'],
    ['»', '»', 'double'],
  ],
}
const QUOTE_LANGS: Record<string, string> = {
  de: 'de',
  cs: 'de',
  sk: 'de',
  da: 'de',
  uk: 'ru',
  be: 'ru',
  ru: 'ru',
  bg: 'ru',
  pl: 'pl',
  hu: 'pl',
  ro: 'pl',
  hr: 'pl',
  nl: 'pl',
  sv: 'sv',
  fi: 'sv',
}

const cache = new Map<string, Pairs>()
function pairsOf(lang: string): Pairs {
  const key = QUOTE_LANGS[primaryLang(lang)] ?? 'default'
  let pairs = cache.get(key)
  if (pairs) return pairs
  pairs = { open: new Map(), close: new Map(), toggles: new Map([['"', 'double']]) }
  for (const [open, close, family] of [...BRACKETS, ...(QUOTES[key] ?? [])]) {
    if (open === close) pairs.toggles.set(open, family)
    else {
      pairs.open.set(open, [close, family])
      pairs.close.set(close, family)
    }
  }
  cache.set(key, pairs)
  return pairs
}

type Unpaired = { family: Family; mark: string; start: number }
type Open = Unpaired & { close: string }

/** The marks left unpaired, by a stack in one pass (a count per closing mark keeps a stray closer O(1)). */
function unpaired(text: string, lang: string): Unpaired[] {
  const { open, close, toggles } = pairsOf(lang)
  const stack: Open[] = []
  const waiting = new Map<string, number>()
  const push = (entry: Open) => {
    stack.push(entry)
    waiting.set(entry.close, (waiting.get(entry.close) ?? 0) + 1)
  }
  const out: Unpaired[] = []
  const closeWith = (c: string) => {
    for (let top = stack.pop(); top; top = stack.pop()) {
      waiting.set(top.close, (waiting.get(top.close) ?? 1) - 1)
      if (top.close === c) return
      out.push(top)
    }
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    const toggle = toggles.get(c)
    const opened = open.get(c)
    const family = close.get(c)
    if (toggle) {
      if ((waiting.get(c) ?? 0) > 0) closeWith(c)
      else push({ close: c, family: toggle, mark: c, start: i })
    } else if (opened) push({ close: opened[0], family: opened[1], mark: c, start: i })
    else if (family) {
      if ((waiting.get(c) ?? 0) > 0) closeWith(c)
      else out.push({ family, mark: c, start: i })
    }
  }
  return [...out, ...stack].sort((a, b) => a.start - b.start)
}

/**
 * Brackets and quotes the target leaves unpaired, with each language's quotes (« » in Russian and
 * French, „ “ in German, 「 」 in Japanese); kinds the source leaves unpaired as often ("1)" lists) are not reported.
 */
export function checkBrackets(input: QaSegmentInput): QaIssue[] {
  const target = unpaired(input.target, input.targetLang)
  if (target.length === 0) return []
  const allowed = new Map<Family, number>()
  for (const u of unpaired(input.source, input.sourceLang)) allowed.set(u.family, (allowed.get(u.family) ?? 0) + 1)
  const issues: QaIssue[] = []
  for (const u of target) {
    const left = allowed.get(u.family) ?? 0
    if (left > 0) allowed.set(u.family, left - 1)
    else
      issues.push({
        check: 'brackets',
        severity: 'warning',
        messageKey: 'unpaired',
        params: { char: u.mark },
        target: { start: u.start, end: u.start + 1 },
      })
  }
  return issues
}
