import { escapeXmlAttr, escapeXmlText } from '../formats/xml-escape'
import type { TermFields } from './term'

export type WriteTbxOptions = { srcLang: string; tgtLang: string; title?: string }

const PREFERRED = 'preferredTerm-admn-sts'
/** TBX-Basic's status for a term not to be used: how forbidden variants are written. */
export const DEPRECATED = 'deprecatedTerm-admn-sts'

const el = (name: string, text: string, type?: string) =>
  `<${name}${type ? ` type="${type}"` : ''}>${escapeXmlText(text)}</${name}>`

function termEntry(term: TermFields & { id?: string }, { srcLang, tgtLang }: WriteTbxOptions): string {
  const pos = term.partOfSpeech ? el('termNote', term.partOfSpeech, 'partOfSpeech') : ''
  const id = term.id && /^[A-Za-z_][\w.-]*$/.test(term.id) ? ` id="${term.id}"` : ''
  const lines = [`<termEntry${id}>`]
  if (term.note) lines.push(`  ${el('note', term.note)}`)
  lines.push(`  <langSet xml:lang="${escapeXmlAttr(srcLang)}">`)
  if (term.definition) lines.push(`    ${el('descrip', term.definition, 'definition')}`)
  lines.push(`    <tig>${el('term', term.sourceTerm)}${pos}</tig>`, '  </langSet>')
  lines.push(`  <langSet xml:lang="${escapeXmlAttr(tgtLang)}">`)
  lines.push(`    <tig>${el('term', term.targetTerm)}${pos}${el('termNote', PREFERRED, 'administrativeStatus')}</tig>`)
  for (const variant of term.forbidden)
    lines.push(`    <tig>${el('term', variant)}${el('termNote', DEPRECATED, 'administrativeStatus')}</tig>`)
  lines.push('  </langSet>', '</termEntry>')
  return lines.map((line) => `      ${line}`).join('\n')
}

/** The start of a TBX-Basic file, up to its `<body>`: the header, with the title (default `src → tgt`). */
export function writeTbxStart(options: WriteTbxOptions): string {
  const title = options.title ?? `${options.srcLang} → ${options.tgtLang}`
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">',
    `<martif type="TBX-Basic-V1" xml:lang="${escapeXmlAttr(options.srcLang)}">`,
    '  <martifHeader>',
    '    <fileDesc>',
    `      <titleStmt>${el('title', title)}</titleStmt>`,
    '      <sourceDesc><p>Parallel</p></sourceDesc>',
    '    </fileDesc>',
    '    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>',
    '  </martifHeader>',
    '  <text>',
    '    <body>',
  ]
  return lines.map((line) => `${line}\n`).join('')
}

/** The `termEntry` elements of some term pairs, to follow `writeTbxStart` (an export writes them a batch at a time). */
export function writeTbxEntries(terms: Array<TermFields & { id?: string }>, options: WriteTbxOptions): string {
  return terms.map((term) => `${termEntry(term, options)}\n`).join('')
}

/** The end of a TBX-Basic file, after its entries. */
export function writeTbxEnd(): string {
  return '    </body>\n  </text>\n</martif>\n'
}

/**
 * A glossary as TBX-Basic (the TBX 2008 `martif` form that translate-toolkit and most CAT tools read):
 * one `termEntry` per term pair, the definition on the source `langSet`, the note on the entry, the
 * part of speech on both terms, forbidden variants as target terms with the status
 * `deprecatedTerm-admn-sts`. `readTbx` reads it back.
 */
export function writeTbx(terms: Array<TermFields & { id?: string }>, options: WriteTbxOptions): string {
  return writeTbxStart(options) + writeTbxEntries(terms, options) + writeTbxEnd()
}
