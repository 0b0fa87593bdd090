import type { Encoding, Exchange, InlineNode, Note, Unit } from './exchange-arbitraries'

// Writes a generated exchange file (see exchange-arbitraries.ts) as bytes in its encoding, and says
// what an import of it should give: per imported unit, the source text and each target's text and
// notes (`author: text`), protected placeholders written as their `⟦code⟧` tokens.

export type ExpectedUnit = { source: string; targets: Record<string, { text: string; notes: string[] }> }
export type WrittenExchange = { xml: string; bytes: Uint8Array; expected: ExpectedUnit[] }

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const attr = (s: string) => esc(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;')
/** An HTML opening code for a link, its href escaped as HTML would. */
const linkCode = (href: string) => `<a href="${attr(href)}">`
const renderNote = (n: Note) => (n.author ? `${n.author}: ${n.text}` : n.text)

function textXml(node: Extract<InlineNode, { kind: 'text' }>): string {
  if (node.text === '') return ''
  if (node.style === 'cdata') return `<![CDATA[${node.text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`
  if (node.style === 'charref')
    return [...node.text].map((c) => (/[a-z ]/i.test(c) ? c : `&#x${c.codePointAt(0)!.toString(16)};`)).join('')
  return esc(node.text)
}

/** Writes inline nodes in one format; `n` numbers codes, and alternates between equivalent spellings. */
type InlineWriter = (nodes: InlineNode[]) => { xml: string; text: string }

function tmxInline(): InlineWriter {
  let n = 0
  const write: InlineWriter = (nodes) => {
    let xml = ''
    let text = ''
    for (const node of nodes) {
      const i = ++n
      const inner = 'children' in node ? write(node.children) : { xml: '', text: '' }
      switch (node.kind) {
        case 'text':
          xml += textXml(node)
          text += node.text
          break
        case 'mark': {
          const tag = { bold: i % 2 ? 'b' : 'strong', italic: i % 2 ? 'i' : 'em', underline: 'u' }[node.mark]
          const type = i % 3 === 0 ? '' : ` type="${{ bold: 'bold', italic: 'italic', underline: 'ulined' }[node.mark]}"`
          xml += `<bpt i="${i}" x="${i}"${type}>${esc(`<${tag}>`)}</bpt>${inner.xml}<ept i="${i}">${esc(`</${tag}>`)}</ept>`
          text += inner.text
          break
        }
        case 'link':
          xml += `<bpt i="${i}" type="link">${esc(linkCode(node.href))}</bpt>${inner.xml}<ept i="${i}">&lt;/a&gt;</ept>`
          text += inner.text
          break
        case 'span':
          xml += `<bpt i="${i}">${esc('<span class="c">')}</bpt>${inner.xml}<ept i="${i}">${esc('</span>')}</ept>`
          text += `⟦<span class="c">⟧${inner.text}⟦</span>⟧`
          break
        case 'annotation':
          xml += `<hi type="x-term">${inner.xml}</hi>`
          text += inner.text
          break
        case 'code':
          xml += `<ph x="${i}">${esc(node.code)}</ph>`
          text += `⟦${node.code}⟧`
          break
        case 'break':
          xml += `<ph x="${i}" type="lb">&lt;br/&gt;</ph>`
          text += '\n'
          break
      }
    }
    return { xml, text }
  }
  return write
}

function xliff12Inline(el: (name: string) => string): InlineWriter {
  let n = 0
  const write: InlineWriter = (nodes) => {
    let xml = ''
    let text = ''
    for (const node of nodes) {
      const i = ++n
      const inner = 'children' in node ? write(node.children) : { xml: '', text: '' }
      switch (node.kind) {
        case 'text':
          xml += textXml(node)
          text += node.text
          break
        case 'mark': {
          const ctype = { bold: 'bold', italic: 'italic', underline: 'underlined' }[node.mark]
          const tag = { bold: 'b', italic: 'i', underline: 'u' }[node.mark]
          xml +=
            i % 2
              ? `<${el('g')} id="${i}" ctype="${ctype}">${inner.xml}</${el('g')}>`
              : `<${el('bpt')} id="${i}">&lt;${tag}&gt;</${el('bpt')}>${inner.xml}<${el('ept')} id="${i}">&lt;/${tag}&gt;</${el('ept')}>`
          text += inner.text
          break
        }
        case 'link':
          xml += `<${el('bpt')} id="${i}" ctype="link">${esc(linkCode(node.href))}</${el('bpt')}>${inner.xml}<${el('ept')} id="${i}">&lt;/a&gt;</${el('ept')}>`
          text += inner.text
          break
        case 'span':
          xml += `<${el('g')} id="${i}" ctype="x-span">${inner.xml}</${el('g')}>`
          text += `⟦g ${i}⟧${inner.text}⟦/g⟧`
          break
        case 'annotation':
          xml += `<${el('mrk')} mtype="x-term">${inner.xml}</${el('mrk')}>`
          text += inner.text
          break
        case 'code':
          xml += i % 2 ? `<${el('ph')} id="${i}">${esc(node.code)}</${el('ph')}>` : `<${el('x')} id="${i}"/>`
          text += i % 2 ? `⟦${node.code}⟧` : `⟦x ${i}⟧`
          break
        case 'break':
          xml += `<${el('x')} id="${i}" ctype="lb"/>`
          text += '\n'
          break
      }
    }
    return { xml, text }
  }
  return write
}

/** XLIFF 2 inline writer for one unit: codes' native data go to the unit's `<originalData>`. */
function xliff2Inline(el: (name: string) => string, data: Map<string, string>): InlineWriter {
  let n = 0
  const ref = (code: string) => {
    const id = `d${data.size + 1}`
    data.set(id, code)
    return id
  }
  const write: InlineWriter = (nodes) => {
    let xml = ''
    let text = ''
    for (const node of nodes) {
      const i = ++n
      const inner = 'children' in node ? write(node.children) : { xml: '', text: '' }
      switch (node.kind) {
        case 'text':
          xml += textXml(node)
          text += node.text
          break
        case 'mark': {
          const sub = { bold: 'xlf:b', italic: 'xlf:i', underline: 'xlf:u' }[node.mark]
          const tag = { bold: 'b', italic: 'i', underline: 'u' }[node.mark]
          const refs = i % 2 ? '' : ` dataRefStart="${ref(`<${tag}>`)}" dataRefEnd="${ref(`</${tag}>`)}"`
          xml += `<${el('pc')} id="${i}" type="fmt" subType="${sub}"${refs}>${inner.xml}</${el('pc')}>`
          text += inner.text
          break
        }
        case 'link':
          xml += `<${el('pc')} id="${i}" type="link" dataRefStart="${ref(linkCode(node.href))}" dataRefEnd="${ref('</a>')}">${inner.xml}</${el('pc')}>`
          text += inner.text
          break
        case 'span':
          if (i % 2) {
            xml += `<${el('pc')} id="${i}" dataRefStart="${ref('<span class="c">')}" dataRefEnd="${ref('</span>')}">${inner.xml}</${el('pc')}>`
            text += `⟦<span class="c">⟧${inner.text}⟦</span>⟧`
          } else {
            xml += `<${el('pc')} id="${i}">${inner.xml}</${el('pc')}>`
            text += `⟦pc ${i}⟧${inner.text}⟦/pc⟧`
          }
          break
        case 'annotation':
          xml += `<${el('mrk')} id="m${i}" type="term">${inner.xml}</${el('mrk')}>`
          text += inner.text
          break
        case 'code':
          xml += `<${el('ph')} id="${i}" dataRef="${ref(node.code)}"/>`
          text += `⟦${node.code}⟧`
          break
        case 'break':
          xml += `<${el('ph')} id="${i}" type="fmt" subType="xlf:lb"/>`
          text += '\n'
          break
      }
    }
    return { xml, text }
  }
  return write
}

function writeTmx(ex: Extract<Exchange, { format: 'tmx' }>, declaration: string) {
  const expected: ExpectedUnit[] = []
  const notesXml = (notes: Note[]) => notes.map((note) => `<note>${esc(renderNote(note))}</note>`).join('')
  let body = ''
  ex.units.forEach((unit, k) => {
    const source = tmxInline()(unit.source.nodes)
    let tu = `<tu tuid="t${k}">${notesXml(unit.notes)}<prop type="x-k">${k}</prop>`
    tu += `<tuv xml:lang="${ex.sourceLang}">${notesXml(unit.source.notes)}<seg>${source.xml}</seg></tuv>`
    const targets: ExpectedUnit['targets'] = {}
    for (const lang of ex.targetLangs) {
      const target = unit.targets[lang]
      if (!target) continue
      const written = tmxInline()(target.nodes)
      tu += `<tuv xml:lang="${lang}">${notesXml(target.notes)}<seg>${written.xml}</seg></tuv>`
      const notes = [...unit.notes, ...unit.source.notes, ...target.notes].map(renderNote)
      targets[lang.toLowerCase()] = { text: written.text, notes }
    }
    body += `${tu}</tu>\n`
    expected.push({ source: source.text, targets })
  })
  const header =
    `<header creationtool="fc" creationtoolversion="1" segtype="sentence" o-tmf="fc" adminlang="en" ` +
    `srclang="${ex.sourceLang}" datatype="html"><note>Header note.</note></header>`
  return { xml: `${declaration}<tmx version="1.4">${header}<body>\n${body}</body></tmx>\n`, expected }
}

function xliffNotes(el: (name: string) => string, notes: Note[], v2: boolean): string {
  const xml = notes
    .map((n) => `<${el('note')}${n.author ? (v2 ? ` p:author="${attr(n.author)}"` : ` from="${attr(n.author)}"`) : ''}>${esc(n.text)}</${el('note')}>`)
    .join('')
  return v2 && xml ? `<${el('notes')}>${xml}</${el('notes')}>` : xml
}

/** What the import should give for one XLIFF segment: notes go to the target, or to an empty one. */
function expectXliff(source: string, target: string | undefined, notes: Note[], lang: string): ExpectedUnit {
  if (target === undefined && notes.length === 0) return { source, targets: {} }
  return { source, targets: { [lang.toLowerCase()]: { text: target ?? '', notes: notes.map(renderNote) } } }
}

function writeXliff(ex: Extract<Exchange, { format: 'xliff-1.2' | 'xliff-2' }>, declaration: string) {
  const v2 = ex.format === 'xliff-2'
  const el = (name: string) => (ex.prefix ? `${ex.prefix}:${name}` : name)
  const ns = v2 ? 'urn:oasis:names:tc:xliff:document:2.0' : 'urn:oasis:names:tc:xliff:document:1.2'
  const xmlns = `${ex.prefix ? `xmlns:${ex.prefix}` : 'xmlns'}="${ns}" xmlns:p="urn:parallel:xliff:1" xmlns:o="urn:other"`
  const first = ex.files[0]!
  const expected: ExpectedUnit[] = []
  let files = ''
  ex.files.forEach((file, f) => {
    const taken = file.sourceLang.toLowerCase() === first.sourceLang.toLowerCase() && file.targetLang.toLowerCase() === first.targetLang.toLowerCase()
    const target = (unit: Unit) => Object.values(unit.targets)[0]
    let units = ''
    file.units.forEach((unit, u) => {
      if (v2) {
        const data = new Map<string, string>()
        let segments = ''
        // One writer per unit: inline code ids are unique across the unit's segments, as XLIFF 2 requires.
        const inline = xliff2Inline(el, data)
        for (const seg of [unit, ...(unit.segments2 ?? [])]) {
          const source = inline(seg.source.nodes)
          const t = target(seg)
          const written = t && inline(t.nodes)
          segments += `<${el('segment')}><${el('source')}>${source.xml}</${el('source')}>${written ? `<${el('target')}>${written.xml}</${el('target')}>` : ''}</${el('segment')}>`
          if (taken) expected.push(expectXliff(source.text, written?.text, unit.notes, file.targetLang))
        }
        const originalData = [...data].map(([id, code]) => `<${el('data')} id="${id}">${esc(code)}</${el('data')}>`).join('')
        units +=
          `<${el('unit')} id="u${f}-${u}" o:x="1">${xliffNotes(el, unit.notes, true)}` +
          `${originalData ? `<${el('originalData')}>${originalData}</${el('originalData')}>` : ''}${segments}</${el('unit')}>\n`
      } else {
        const inline = xliff12Inline(el)
        const source = inline(unit.source.nodes)
        const t = target(unit)
        const written = t && inline(t.nodes)
        units +=
          `<${el('trans-unit')} id="u${u}" o:x="1"><${el('source')}>${source.xml}</${el('source')}>` +
          `${written ? `<${el('target')}>${written.xml}</${el('target')}>` : ''}${xliffNotes(el, unit.notes, false)}</${el('trans-unit')}>\n`
        if (taken) expected.push(expectXliff(source.text, written?.text, unit.notes, file.targetLang))
      }
    })
    const grouped = f % 2 ? `<${el('group')} id="g${f}">${units}</${el('group')}>` : units
    files += v2
      ? `<${el('file')} id="f${f}">${grouped}</${el('file')}>\n`
      : `<${el('file')} original="f${f}" source-language="${file.sourceLang}" target-language="${file.targetLang}" datatype="html"><${el('body')}>${grouped}</${el('body')}></${el('file')}>\n`
  })
  const root = v2
    ? `<${el('xliff')} ${xmlns} version="2.0" srcLang="${first.sourceLang}" trgLang="${first.targetLang}">`
    : `<${el('xliff')} ${xmlns} version="1.2">`
  return { xml: `${declaration}${root}\n${files}</${el('xliff')}>\n`, expected }
}

function encode(xml: string, encoding: Encoding): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(xml)
  if (encoding === 'utf-8-bom') return new TextEncoder().encode(`\ufeff${xml}`)
  const le = Buffer.from(encoding === 'utf-16le-nobom' ? xml : `\ufeff${xml}`, 'utf16le')
  if (encoding !== 'utf-16be') return new Uint8Array(le)
  const be = Buffer.from(le)
  be.swap16()
  return new Uint8Array(be)
}

/** The file as bytes in its encoding (declared in its XML declaration) and what an import should give. */
export function writeRandomExchange(ex: Exchange): WrittenExchange {
  const declaration = `<?xml version="1.0" encoding="${ex.encoding.startsWith('utf-16') ? 'UTF-16' : 'UTF-8'}"?>\n`
  const { xml, expected } = ex.format === 'tmx' ? writeTmx(ex, declaration) : writeXliff(ex, declaration)
  return { xml, bytes: encode(xml, ex.encoding), expected }
}

/** The bytes in chunks of `size`, as a stream would deliver them (UTF-16 code units and characters split). */
export function chunksOf(bytes: Uint8Array, size: number): Uint8Array[] {
  const chunks: Uint8Array[] = []
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size))
  return chunks
}

