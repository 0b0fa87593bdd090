/** One SRX rule: at a position where `before` matches the text before and `after` the text after, cut or do not. */
export type SegmentationRule = { break: boolean; before: string; after: string; note?: string }

/** Segmentation rules as data (see `rules.ts` for the format). */
export type SegmentationRules = {
  /** Regular-expression fragments, written `{@NAME}` in rules (and in other classes). */
  classes: Record<string, string>
  /** Words separated by spaces, written `{@list:NAME}` in rules. */
  lists: Record<string, string>
  ruleSets: Record<string, SegmentationRule[]>
  /** Every map whose pattern matches the lowercase language tag adds its rule set, in this order. */
  languageMaps: Array<{ pattern: string; ruleSet: string }>
}

/** The rules for one language, ready to run: `candidates` finds the positions a break rule matches. */
export type CompiledRules = {
  candidates: RegExp
  rules: Array<{ isBreak: boolean; test: RegExp }>
}

const PLACEHOLDER = /\{@(list:)?([\w-]+)\}/g

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')
}

/** A listed word as a pattern: any letter case, and an optional space after each inner full stop. */
function wordPattern(word: string): string {
  return Array.from(word, (char) => {
    if (char === '.') return String.raw`\.\s?`
    const lower = char.toLowerCase()
    const upper = char.toUpperCase()
    if (lower !== upper && lower.length === 1 && upper.length === 1) return `[${lower}${upper}]`
    return escapeRegExp(char)
  }).join('')
}

function expand(pattern: string, rules: SegmentationRules, depth = 0): string {
  if (depth > 4) throw new Error(`Segmentation rules: classes nested too deep in /${pattern}/`)
  return pattern.replace(PLACEHOLDER, (_, isList: string | undefined, name: string) => {
    if (isList) {
      const words = rules.lists[name]
      if (words === undefined) throw new Error(`Segmentation rules: no list "${name}"`)
      return words.split(/\s+/).filter(Boolean).map(wordPattern).join('|')
    }
    const fragment = rules.classes[name]
    if (fragment === undefined) throw new Error(`Segmentation rules: no class "${name}"`)
    return expand(fragment, rules, depth + 1)
  })
}

/** Throws on `*`, `+` and `{n,}` outside character classes: a rule must look at a bounded stretch of text. */
export function assertBounded(pattern: string): void {
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]
    if (char === '\\') {
      if (/[pPu]/.test(pattern[i + 1] ?? '') && pattern[i + 2] === '{') i = pattern.indexOf('}', i)
      else i++
    } else if (char === '[') {
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++
    } else if (char === '*' || char === '+' || (char === '{' && /^\{\d*,\}/.test(pattern.slice(i)))) {
      throw new Error(`Segmentation rules: unbounded quantifier in /${pattern}/`)
    }
  }
}

function compilePattern(pattern: string, rules: SegmentationRules): string {
  const expanded = expand(pattern, rules)
  assertBounded(expanded)
  return expanded
}

/** The names of the rule sets that apply to `lang`, in order (SRX cascade). */
export function ruleSetsFor(rules: SegmentationRules, lang: string): string[] {
  const tag = lang.toLowerCase().replace(/_/g, '-')
  return rules.languageMaps.filter((map) => new RegExp(map.pattern, 'u').test(tag)).map((map) => map.ruleSet)
}

const cache = new WeakMap<SegmentationRules, Map<string, CompiledRules>>()

/** Compiles the rules that apply to `lang` once; later calls for a language with the same rule sets reuse them. */
export function compileRules(rules: SegmentationRules, lang: string): CompiledRules {
  let byKey = cache.get(rules)
  if (!byKey) cache.set(rules, (byKey = new Map()))
  const forLang = byKey.get(`lang:${lang}`)
  if (forLang) return forLang
  // Language tags are few; the bound only keeps odd input from growing the cache without end.
  if (byKey.size > 1000) byKey.clear()
  const names = ruleSetsFor(rules, lang)
  const key = `sets:${names.join(' ')}`
  const cached = byKey.get(key)
  if (cached) {
    byKey.set(`lang:${lang}`, cached)
    return cached
  }
  const ordered = names.flatMap((name) => {
    const set = rules.ruleSets[name]
    if (!set) throw new Error(`Segmentation rules: no rule set "${name}"`)
    return set
  })
  const parts = ordered.map((rule) => ({
    isBreak: rule.break,
    before: compilePattern(rule.before, rules),
    after: compilePattern(rule.after, rules),
  }))
  const breaks = parts.filter((part) => part.isBreak).map((part) => `(?=${part.after})(?<=${part.before})`)
  const compiled: CompiledRules = {
    candidates: new RegExp(breaks.length > 0 ? breaks.join('|') : '(?!)', 'gu'),
    rules: parts.map((part) => ({
      isBreak: part.isBreak,
      test: new RegExp(`(?<=${part.before})(?=${part.after})`, 'uy'),
    })),
  }
  byKey.set(key, compiled).set(`lang:${lang}`, compiled)
  return compiled
}
