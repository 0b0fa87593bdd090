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

/**
 * A glossary as TBX-Basic (the TBX 2008 `martif` form that translate-toolkit and most CAT tools read):
 * one `termEntry` per term pair, the definition on the source `langSet`, the note on the entry, the
 * part of speech on both terms, forbidden variants as target terms with the status
 * `deprecatedTerm-admn-sts`. `readTbx` reads it back.
 */
export function writeTbx(terms: Array<TermFields & { id?: string }>, options: WriteTbxOptions): string {
  const title = options.title ?? `${options.srcLang} → ${options.tgtLang}`
  return [
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
    ...terms.map((term) => termEntry(term, options)),
    '    </body>',
    '  </text>',
    '</martif>',
    '',
  ].join('\n')
}
