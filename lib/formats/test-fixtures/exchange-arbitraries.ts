import fc from 'fast-check'

// Random TMX, XLIFF 1.2 and XLIFF 2.0 files for property tests: text with XML-special characters,
// astral emoji, RTL and combining marks, nested inline codes (marks, links, unknown codes,
// annotations, breaks), notes, namespace prefixes, several <file>s and four encodings.

/** Inline content as a tree; each format writes it with its own codes. */
export type InlineNode =
  | { kind: 'text'; text: string; style: 'plain' | 'charref' | 'cdata' }
  | { kind: 'mark'; mark: 'bold' | 'italic' | 'underline'; children: InlineNode[] }
  | { kind: 'link'; href: string; children: InlineNode[] }
  /** A code no mark maps to, around content (`<span>`): a pair of protected placeholders. */
  | { kind: 'span'; children: InlineNode[] }
  /** An annotation (TMX `<hi>`, XLIFF `<mrk>`): its text is kept, the annotation is not. */
  | { kind: 'annotation'; children: InlineNode[] }
  | { kind: 'code'; code: string }
  | { kind: 'break' }

export type Note = { text: string; author?: string }
export type Segment = { nodes: InlineNode[]; notes: Note[] }
/** One unit: its source, its targets by language (absent: no target) and its own notes. */
export type Unit = { source: Segment; targets: Record<string, Segment | undefined>; notes: Note[]; segments2?: Unit[] }
export type ExchangeFile = { sourceLang: string; targetLang: string; units: Unit[] }
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'utf-16le-nobom'
export type Exchange =
  | { format: 'tmx'; sourceLang: string; targetLangs: string[]; units: Unit[]; encoding: Encoding; chunk: number }
  | { format: 'xliff-1.2' | 'xliff-2'; prefix: string; files: ExchangeFile[]; encoding: Encoding; chunk: number }

const CHARS = [
  ...['a', 'b', 'Z', '7', ' ', ' ', '.', ',', ':', ';', '\n', '\t', '\u00a0'],
  ...['&', '<', '>', '"', "'", '&amp;', ']]'],
  ...['😀', '👩‍💻', '🇰🇷', '𝄞'],
  ...['ש', 'ל', 'م', '\u200f', 'é', 'e\u0301', 'ё', '한', '中'],
]
const HREF_CHARS = ['a', 'b', '/', '?', '=', '#', '&', '"', "'", '<', '>', ' ', 'é', '😀', '%20']
const CODES = ['{name}', '%s', '{{count}}', '$1', '<img src="a.png"/>', '&nbsp;', '[[x]]']
/** Languages that share no prefix, so none is taken for another. */
export const LANGS = ['en-US', 'de', 'fr-CA', 'ko', 'ar', 'he', 'ru', 'ja', 'zh-Hant-TW', 'hi']

const text = (max: number) => fc.string({ unit: fc.constantFrom(...CHARS), maxLength: max })
const oddCase = (lang: string) =>
  fc.constantFrom(lang, lang.toLowerCase(), lang.toUpperCase()).map((l) => (l === 'ZH-HANT-TW' ? 'zh-hant-tw' : l))

const inline: fc.Memo<InlineNode[]> = fc.memo((n) => {
  const children = n > 1 ? inline(n - 1) : fc.constant<InlineNode[]>([])
  const node: fc.Arbitrary<InlineNode> = fc.oneof(
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('text' as const), text: text(6), style: fc.constantFrom('plain' as const, 'plain' as const, 'charref' as const, 'cdata' as const) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('mark' as const), mark: fc.constantFrom('bold' as const, 'italic' as const, 'underline' as const), children }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('link' as const), href: fc.string({ unit: fc.constantFrom(...HREF_CHARS), minLength: 1, maxLength: 6 }), children }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('span' as const), children }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('annotation' as const), children }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('code' as const), code: fc.constantFrom(...CODES) }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'break' as const }) },
  )
  return fc.array(node, { maxLength: 4 })
})

const note = fc.record({ text: text(8), author: fc.option(fc.constantFrom('anna', 'Boris K.', 'qa-bot'), { nil: undefined }) }, { requiredKeys: ['text'] })
const segment = fc.record({ nodes: inline(3), notes: fc.array(note, { maxLength: 2 }) })

function unitOf(targetLangs: string[], multiSegment: boolean): fc.Arbitrary<Unit> {
  const targets = fc.tuple(...targetLangs.map(() => fc.option(segment, { nil: undefined, freq: 4 }))).map((list) =>
    Object.fromEntries(targetLangs.map((lang, i) => [lang, list[i]])),
  )
  const base = fc.record({ source: segment, targets, notes: fc.array(note, { maxLength: 2 }) })
  if (!multiSegment) return base
  // XLIFF 2: a unit may have several segments (each an imported unit of its own).
  return fc.tuple(base, fc.array(fc.record({ source: segment, targets, notes: fc.constant<Note[]>([]) }), { maxLength: 1 })).map(
    ([unit, more]) => ({ ...unit, segments2: more }),
  )
}

const encoding = fc.constantFrom<Encoding>('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'utf-16le-nobom')
const chunk = fc.integer({ min: 1, max: 700 })

/** A TMX with one to three target languages; a `<tu>` may lack some of them. */
export const tmxExchange: fc.Arbitrary<Exchange> = fc
  .shuffledSubarray(LANGS, { minLength: 2, maxLength: 4 })
  .chain(([source, ...targets]) =>
    fc.record({
      format: fc.constant('tmx' as const),
      sourceLang: oddCase(source!),
      targetLangs: fc.constant(targets),
      units: fc.array(unitOf(targets, false), { minLength: 1, maxLength: 5 }),
      encoding,
      chunk,
    }),
  )

/** An XLIFF (1.2 or 2.0) with one to three `<file>`s in one language pair, and in 1.2 maybe one in another pair. */
export function xliffExchange(format: 'xliff-1.2' | 'xliff-2'): fc.Arbitrary<Exchange> {
  return fc.shuffledSubarray(LANGS, { minLength: 3, maxLength: 3 }).chain(([source, target, other]) => {
    const file = (src: string, trg: string) =>
      fc.record({
        sourceLang: oddCase(src),
        targetLang: oddCase(trg),
        units: fc.array(unitOf([trg], format === 'xliff-2'), { minLength: 1, maxLength: 4 }),
      })
    const otherPair = format === 'xliff-1.2' ? fc.option(file(source!, other!), { nil: undefined }) : fc.constant(undefined)
    return fc.record({
      format: fc.constant(format),
      prefix: fc.constantFrom('', '', 'x', 'xlf', 'a.b-c'),
      files: fc
        .tuple(fc.array(file(source!, target!), { minLength: 1, maxLength: 3 }), otherPair)
        .map(([files, extra]) => (extra ? [...files, extra] : files)),
      encoding,
      chunk,
    })
  })
}
