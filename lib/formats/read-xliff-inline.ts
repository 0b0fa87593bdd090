import type { RichMark } from '@/lib/richtext/types'
import { createInlineBuilder } from './inline-builder'
import { isBreakCode, isParagraphCode, markFromNativeCode, markFromTypeName } from './native-code'
import type { Report } from './problem-sink'
import type { XmlEvent } from './read-xml'

type Open = Extract<XmlEvent, { kind: 'open' }>

const TRANSPARENT = new Set(['mrk', 'sm', 'em', 'sub'])
const NATIVE_CODE = new Set(['bpt', 'ept', 'ph', 'it']) // XLIFF 1.2 codes with native content
const KNOWN = {
  '2': new Set(['pc', 'ph', 'sc', 'ec', 'cp', 'mrk', 'sm', 'em']),
  '1.2': new Set(['g', 'x', 'bx', 'ex', 'bpt', 'ept', 'ph', 'it', 'mrk', 'sub']),
}

function ctypeMark(ctype: string | undefined): RichMark | undefined {
  return markFromTypeName(ctype === 'underlined' ? 'ulined' : ctype?.replace(/^x-html-/, ''))
}

/** Reads XLIFF `<source>`/`<target>` inline content (2.x or 1.2) into a rich doc. */
export function createXliffInlineReader(version: '2' | '1.2', data: Map<string, string>, report: Report) {
  const builder = createInlineBuilder()
  const pcStack: { key: string; end: string }[] = []
  const open12 = new Map<string, Open>()
  let codeFrame: { ev: Open; code: string; depth: number } | undefined
  let pcCount = 0

  const dataOf = (id: string | undefined) => (id === undefined ? '' : (data.get(id) ?? ''))
  const markOf = (code: string, subType?: string) => markFromNativeCode(code) ?? markFromTypeName(subType)

  function finishNativeCode({ ev, code }: { ev: Open; code: string }) {
    const p = { element: ev.name, original: code }
    const id = ev.attrs.rid ?? ev.attrs.id ?? ''
    if (ev.name === 'bpt') {
      open12.set(id, ev)
      builder.open(`b${id}`, markFromNativeCode(code) ?? ctypeMark(ev.attrs.ctype), p)
    } else if (ev.name === 'ept') {
      if (!open12.delete(id)) report('errors.check.unpairedCode', 'error', ev, `<ept> ${id} has no <bpt>`, { i: id })
      builder.close(`b${id}`, p)
    } else if (ev.name === 'ph' && (ev.attrs.ctype === 'lb' || isBreakCode(code))) builder.hardBreak()
    else builder.placeholder(p)
  }

  return {
    open(ev: Open) {
      if (codeFrame) {
        codeFrame.depth++
        return
      }
      if (!KNOWN[version].has(ev.name) && !ev.name.includes(':')) {
        report('errors.check.unknownElement', 'warning', ev, `<${ev.name}> is not an XLIFF ${version} inline element`, {
          element: ev.name,
        })
      }
      if (version === '1.2' && NATIVE_CODE.has(ev.name)) {
        codeFrame = { ev, code: '', depth: 0 }
        return
      }
      const a = ev.attrs
      if ((ev.name === 'pc' || ev.name === 'ph' || ev.name === 'sc') && a.id === undefined) {
        report('errors.check.missingAttribute', 'error', ev, `<${ev.name}> needs id`, {
          element: ev.name,
          attribute: 'id',
        })
      }
      switch (ev.name) {
        case 'pc':
        case 'g': {
          const start = version === '2' ? dataOf(a.dataRefStart) : ''
          const mark =
            version === '2'
              ? markOf(start, a.subType)
              : a.ctype === 'link' && a['prl:href'] !== undefined
                ? ({ type: 'link', attrs: { href: a['prl:href'] } } as const)
                : ctypeMark(a.ctype)
          const key = `pc${++pcCount}`
          pcStack.push({ key, end: dataOf(a.dataRefEnd) })
          builder.open(key, mark, { element: ev.name, original: start || `${ev.name} ${a.id ?? ''}`.trim() })
          break
        }
        case 'ph':
        case 'x': {
          const code = dataOf(a.dataRef) || a.equiv || ''
          if (a.subType === 'xlf:lb' || a.ctype === 'lb' || (code && isBreakCode(code))) builder.hardBreak()
          else if (a.subType === 'prl:paragraph' || a.ctype === 'x-paragraph' || (code && isParagraphCode(code)))
            builder.paragraph()
          else builder.placeholder({ element: ev.name, original: code || a.disp || `${ev.name} ${a.id ?? ''}`.trim() })
          break
        }
        case 'sc':
        case 'bx': {
          const code = dataOf(a.dataRef)
          const mark = a.isolated === 'yes' ? undefined : version === '2' ? markOf(code, a.subType) : ctypeMark(a.ctype)
          builder.open(`sc${a.id ?? a.rid}`, mark, {
            element: ev.name,
            original: code || `${ev.name} ${a.id ?? a.rid ?? ''}`.trim(),
          })
          break
        }
        case 'ec':
        case 'ex': {
          const code = dataOf(a.dataRef)
          const key = `sc${a.startRef ?? a.rid ?? a.id}`
          builder.close(key, {
            element: ev.name,
            original: code || `${ev.name} ${a.startRef ?? a.rid ?? a.id ?? ''}`.trim(),
          })
          break
        }
        case 'cp': {
          const hex = a.hex ?? ''
          if (/^[0-9a-fA-F]{1,6}$/.test(hex)) builder.text(String.fromCodePoint(parseInt(hex, 16)))
          else
            report('errors.check.invalidAttribute', 'error', ev, `<cp hex="${hex}"> is not a code point`, {
              attribute: 'hex',
            })
          break
        }
        default:
          if (!TRANSPARENT.has(ev.name)) builder.placeholder({ element: ev.name, original: ev.name })
      }
    },
    close(ev: Extract<XmlEvent, { kind: 'close' }>) {
      if (codeFrame) {
        if (codeFrame.depth > 0) codeFrame.depth--
        else {
          finishNativeCode(codeFrame)
          codeFrame = undefined
        }
        return
      }
      if (ev.name === 'pc' || ev.name === 'g') {
        const top = pcStack.pop()
        if (top) builder.close(top.key, { element: ev.name, original: top.end || `/${ev.name}` })
      }
    },
    text(value: string) {
      if (codeFrame) codeFrame.code += value
      else builder.text(value)
    },
    finish() {
      for (const [id, at] of open12)
        report('errors.check.unpairedCode', 'error', at, `<bpt> ${id} has no <ept>`, { i: id })
      return builder.finish()
    },
  }
}
