import { readXml, type ReadXmlOptions } from '../formats/read-xml'
import type { XmlInput } from '../formats/decode-xml-input'
import type { ReadGlossary, ReadTermRow } from './glossary-file'
import { normalizeTerm } from './normalize-term'

type TbxTerm = { text: string; pos: string; status: string; notes: string[] }
type TbxLangSet = { lang: string; definition: string; notes: string[]; terms: TbxTerm[] }
type TbxEntry = { definition: string; notes: string[]; langSets: TbxLangSet[] }

// TBX 2008 (martif) and TBX v3 names of the same structures.
const ENTRY = new Set(['termEntry', 'conceptEntry'])
const LANG_SET = new Set(['langSet', 'langSec'])
const TERM_GROUP = new Set(['tig', 'ntig', 'termSec'])
const FIELDS = new Set(['term', 'termNote', 'descrip', 'note'])
const NOT_TO_USE = /deprecated|superseded|forbidden|obsolete/i

/** Same language when the tags are equal, or when one is the other's primary subtag (`en` and `en-US`). */
function sameLang(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()]
  return x === y || x.split('-')[0] === y || y.split('-')[0] === x
}

/**
 * Reads a TBX file (TBX-Basic 2008 `martif`, or TBX v3 `tbx` with `conceptEntry`) through the safe XML
 * reader (no entities, bounded size), for one language pair: each entry's non-forbidden source terms
 * paired with its non-forbidden target terms, the target terms marked deprecated, superseded, forbidden
 * or obsolete becoming forbidden variants. Entries without both languages are reported, not kept.
 * Throws the reader's `FormatError` for a file that is not well-formed XML.
 */
export async function readTbx(
  input: XmlInput,
  pair: { srcLang: string; tgtLang: string },
  options: ReadXmlOptions = {},
): Promise<ReadGlossary> {
  const entries: TbxEntry[] = []
  let entry: TbxEntry | undefined
  let langSet: TbxLangSet | undefined
  let term: TbxTerm | undefined
  let field: { name: string; type: string; text: string } | undefined
  let fieldDepth = 0
  for await (const batch of readXml(input, options)) {
    for (const event of batch) {
      if (event.kind === 'text') {
        if (field) field.text += event.text
      } else if (event.kind === 'open') {
        if (field) fieldDepth++
        else if (ENTRY.has(event.name)) entries.push((entry = { definition: '', notes: [], langSets: [] }))
        else if (entry && LANG_SET.has(event.name))
          entry.langSets.push((langSet = { lang: event.attrs['xml:lang'] ?? '', definition: '', notes: [], terms: [] }))
        else if (langSet && TERM_GROUP.has(event.name))
          langSet.terms.push((term = { text: '', pos: '', status: '', notes: [] }))
        else if (entry && FIELDS.has(event.name)) field = { name: event.name, type: event.attrs.type ?? '', text: '' }
      } else if (field && fieldDepth > 0) fieldDepth--
      else if (field && event.name === field.name) {
        const { name, type, text } = field
        const value = text.trim()
        field = undefined
        if (name === 'term' && term) term.text = value
        else if (name === 'termNote' && term && type === 'partOfSpeech') term.pos = value
        else if (name === 'termNote' && term && type === 'administrativeStatus') term.status = value
        else if (name === 'descrip' && type === 'definition') (langSet ?? entry!).definition ||= value
        else if (name === 'note' && value) (term ?? langSet ?? entry!).notes.push(value)
      } else if (TERM_GROUP.has(event.name)) term = undefined
      else if (LANG_SET.has(event.name)) langSet = undefined
      else if (ENTRY.has(event.name)) entry = undefined
    }
  }
  return { rows: entries.flatMap((e, i) => rowsOf(e, i + 1, pair)), ...languagesOf(entries) }
}

function rowsOf(entry: TbxEntry, at: number, pair: { srcLang: string; tgtLang: string }): ReadTermRow[] {
  const source = entry.langSets.find((l) => sameLang(l.lang, pair.srcLang))
  const target = entry.langSets.find((l) => sameLang(l.lang, pair.tgtLang))
  const firstTerm = entry.langSets[0]?.terms[0]?.text ?? ''
  if (!source || !target) return [{ at, problem: 'language', sourceTerm: source?.terms[0]?.text ?? firstTerm }]
  const usable = (l: TbxLangSet) => l.terms.filter((t) => t.text && !NOT_TO_USE.test(t.status))
  const sources = usable(source)
  const targets = usable(target)
  if (sources.length === 0) return [{ at, problem: 'emptySource', sourceTerm: '' }]
  if (targets.length === 0) return [{ at, problem: 'emptyTarget', sourceTerm: sources[0]!.text }]
  const forbidden = target.terms.filter((t) => t.text && NOT_TO_USE.test(t.status)).map((t) => t.text)
  const definition = source.definition || entry.definition || target.definition
  return sources.flatMap((s) =>
    targets.map((t): ReadTermRow => {
      const notes = [...new Set([...entry.notes, ...source.notes, ...target.notes, ...s.notes, ...t.notes])]
      const fields = { sourceTerm: s.text, targetTerm: t.text, partOfSpeech: s.pos || t.pos, definition, forbidden }
      const term = normalizeTerm({ ...fields, note: notes.join('\n') })
      return typeof term === 'string' ? { at, problem: term, sourceTerm: s.text } : { at, term }
    }),
  )
}

/** The languages of a file with exactly two, source first as the first entry has them. */
function languagesOf(entries: TbxEntry[]): { srcLang?: string; tgtLang?: string } {
  const langs = [...new Set(entries.flatMap((e) => e.langSets.map((l) => l.lang)).filter(Boolean))]
  return langs.length === 2 ? { srcLang: langs[0], tgtLang: langs[1] } : {}
}
