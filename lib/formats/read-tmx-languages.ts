import { canonicalLangTag, sameLanguage } from './lang-tag'
import { chooseEncoding } from './xml-encoding'

/** How much of a TMX file the browser reads to guess its languages: the header and the first units. */
export const TMX_LANGUAGES_HEAD_BYTES = 64 * 1024

/** The languages the start of a TMX file names: the header's `srclang` (null for none or `*all*`) and its `<tuv>`s'. */
export type TmxLanguages = { sourceLang: string | null; langs: string[] }

function decodeHead(head: Uint8Array): string {
  let encoding = 'utf-8'
  let skip = 0
  try {
    ;({ encoding, skip } = chooseEncoding(head))
  } catch {
    // A declaration the bytes contradict: the import will say so; a guess only needs the ASCII markup.
  }
  return new TextDecoder(encoding).decode(head.subarray(skip))
}

function attribute(tag: string, name: string): string | undefined {
  const found = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag)
  return found ? (found[1] ?? found[2]) : undefined
}

/**
 * Reads the languages of a TMX file from its first bytes (a prefix, cut anywhere): the header's `srclang`
 * and the `xml:lang` (TMX 1.1: `lang`) of each `<tuv>`, canonical and once each in the order they come.
 * Malformed tags are skipped; the bytes are decoded by their BOM or XML declaration.
 */
export function readTmxLanguages(head: Uint8Array): TmxLanguages {
  const text = decodeHead(head)
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<!\[CDATA\[[\s\S]*?(?:\]\]>|$)/g, '')
  const header = /<header\b[^>]*>/.exec(text)?.[0]
  const srclang = header ? attribute(header, 'srclang') : undefined
  const langs: string[] = []
  for (const [tag] of text.matchAll(/<tuv\b[^>]*>/g)) {
    const lang = canonicalLangTag(attribute(tag, 'xml:lang') ?? attribute(tag, 'lang') ?? '')
    if (lang && !langs.some((l) => l.toLowerCase() === lang.toLowerCase())) langs.push(lang)
  }
  return { sourceLang: (srclang && canonicalLangTag(srclang)) || null, langs }
}

/**
 * The language pair to offer for a TMX file, keeping what is already chosen: the source is the header's
 * `srclang` or else the first `<tuv>` language; the target is the first `<tuv>` language that is not the source.
 */
export function suggestTmxPair(
  found: TmxLanguages,
  chosen: { srcLang: string; tgtLang: string },
): { srcLang: string; tgtLang: string } {
  const srcLang = chosen.srcLang || found.sourceLang || found.langs[0] || ''
  const tgtLang = chosen.tgtLang || found.langs.find((l) => !srcLang || !sameLanguage(l, srcLang)) || ''
  return { srcLang, tgtLang }
}
