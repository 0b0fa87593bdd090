import type { RichDoc, RichMark } from '@/lib/richtext/types'
import type { CodeMatcher } from './code-matcher'
import { NATIVE_BREAK, NATIVE_PARAGRAPH, nativeCloseCode, nativeOpenCode } from './native-code'
import { tokenizeDoc } from '@/lib/richtext/tokenize-doc'
import { escapeXmlAttr, escapeXmlText } from './xml-escape'

/** The `<originalData>` of one unit: each distinct native code is stored once. */
export type OriginalData = { idFor(code: string): string; toXml(): string }

/** Makes an empty `<originalData>` collector for one unit. */
export function createOriginalData(): OriginalData {
  const ids = new Map<string, string>()
  return {
    idFor(code) {
      let id = ids.get(code)
      if (!id) {
        id = `d${ids.size + 1}`
        ids.set(code, id)
      }
      return id
    },
    toXml() {
      if (ids.size === 0) return ''
      let out = '<originalData>'
      for (const [code, id] of ids) out += `<data id="${id}">${escapeXmlText(code)}</data>`
      return `${out}</originalData>`
    },
  }
}

const SUBTYPE: Record<Exclude<RichMark['type'], 'link'>, string> = {
  bold: 'xlf:b',
  italic: 'xlf:i',
  underline: 'xlf:u',
  superscript: 'prl:sup',
  subscript: 'prl:sub',
}

function pcAttributes(mark: RichMark): string {
  return mark.type === 'link' ? 'type="link"' : `type="fmt" subType="${SUBTYPE[mark.type]}"`
}

/**
 * Serializes a doc as XLIFF 2 inline content: marks become `<pc>` with their HTML code in
 * `<originalData>`, hard breaks `<ph subType="xlf:lb">`, paragraph joins `<ph subType="prl:paragraph">`.
 */
export function docToXliff(doc: RichDoc, matcher: CodeMatcher, data: OriginalData): string {
  matcher.startSegment()
  let out = ''
  for (const token of tokenizeDoc(doc)) {
    switch (token.kind) {
      case 'text':
        out += escapeXmlText(token.text)
        break
      case 'open': {
        const id = matcher.numberFor(token.mark.type)
        const start = data.idFor(nativeOpenCode(token.mark))
        const end = data.idFor(nativeCloseCode(token.mark))
        out += `<pc id="${id}" dataRefStart="${escapeXmlAttr(start)}" dataRefEnd="${escapeXmlAttr(end)}" ${pcAttributes(token.mark)}>`
        break
      }
      case 'close':
        out += '</pc>'
        break
      case 'break':
        out += `<ph id="${matcher.numberFor('lb')}" dataRef="${data.idFor(NATIVE_BREAK)}" type="fmt" subType="xlf:lb"/>`
        break
      case 'paragraph':
        out += `<ph id="${matcher.numberFor('paragraph')}" dataRef="${data.idFor(NATIVE_PARAGRAPH)}" type="fmt" subType="prl:paragraph"/>`
        break
    }
  }
  return out
}

const CTYPE: Record<RichMark['type'], string> = {
  bold: 'bold',
  italic: 'italic',
  underline: 'underlined',
  superscript: 'x-superscript',
  subscript: 'x-subscript',
  link: 'link',
}

/**
 * Serializes a doc as XLIFF 1.2 inline content: marks become `<g ctype>` (a link keeps its address in
 * `prl:href`), hard breaks `<x ctype="lb"/>`, paragraph joins `<x ctype="x-paragraph"/>`. Tools that
 * read only the text (translate-toolkit) get it without any markup.
 */
export function docToXliff12(doc: RichDoc, matcher: CodeMatcher): string {
  matcher.startSegment()
  let out = ''
  for (const token of tokenizeDoc(doc)) {
    switch (token.kind) {
      case 'text':
        out += escapeXmlText(token.text)
        break
      case 'open': {
        const href = token.mark.type === 'link' ? ` prl:href="${escapeXmlAttr(token.mark.attrs.href)}"` : ''
        out += `<g id="${matcher.numberFor(token.mark.type)}" ctype="${CTYPE[token.mark.type]}"${href}>`
        break
      }
      case 'close':
        out += '</g>'
        break
      case 'break':
        out += `<x id="${matcher.numberFor('lb')}" ctype="lb"/>`
        break
      case 'paragraph':
        out += `<x id="${matcher.numberFor('paragraph')}" ctype="x-paragraph"/>`
        break
    }
  }
  return out
}
