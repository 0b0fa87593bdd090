import type { RichDoc, RichMark } from '@/lib/richtext/types'
import type { CodeMatcher } from './code-matcher'
import { NATIVE_BREAK, NATIVE_PARAGRAPH, nativeCloseCode, nativeOpenCode } from './native-code'
import { tokenizeDoc } from '@/lib/richtext/tokenize-doc'
import { escapeXmlText } from './xml-escape'

const BPT_TYPE: Record<RichMark['type'], string> = {
  bold: 'bold',
  italic: 'italic',
  underline: 'ulined',
  superscript: 'x-superscript',
  subscript: 'x-subscript',
  link: 'link',
}

/**
 * Serializes a doc as TMX `<seg>` content: marks become `<bpt>`/`<ept>` pairs with the escaped
 * HTML code inside, hard breaks `<ph type="lb">`, paragraph joins `<ph type="x-paragraph">`.
 */
export function docToTmx(doc: RichDoc, matcher: CodeMatcher): string {
  matcher.startSegment()
  let out = ''
  let nextI = 1
  const open: number[] = []
  for (const token of tokenizeDoc(doc)) {
    switch (token.kind) {
      case 'text':
        out += escapeXmlText(token.text)
        break
      case 'open': {
        const i = nextI++
        open.push(i)
        const x = matcher.numberFor(token.mark.type)
        out += `<bpt i="${i}" x="${x}" type="${BPT_TYPE[token.mark.type]}">${escapeXmlText(nativeOpenCode(token.mark))}</bpt>`
        break
      }
      case 'close':
        out += `<ept i="${open.pop()}">${escapeXmlText(nativeCloseCode(token.mark))}</ept>`
        break
      case 'break':
        out += `<ph x="${matcher.numberFor('lb')}" type="lb">${escapeXmlText(NATIVE_BREAK)}</ph>`
        break
      case 'paragraph':
        out += `<ph x="${matcher.numberFor('paragraph')}" type="x-paragraph">${escapeXmlText(NATIVE_PARAGRAPH)}</ph>`
        break
    }
  }
  return out
}
