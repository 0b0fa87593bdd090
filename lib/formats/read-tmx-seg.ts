import type { ProtectedPlaceholder } from './imported-unit'
import { createInlineBuilder } from './inline-builder'
import { isBreakCode, isParagraphCode, markFromNativeCode, markFromTypeName } from './native-code'
import type { Report } from './problem-sink'
import type { XmlEvent } from './read-xml'

type Open = Extract<XmlEvent, { kind: 'open' }>
type CodeFrame = { name: string; attrs: Record<string, string>; code: string; at: Open }

const CODE_ELEMENTS = new Set(['bpt', 'ept', 'ph', 'it', 'ut'])
const INLINE_ELEMENTS = new Set([...CODE_ELEMENTS, 'hi', 'sub'])

/** Reads one TMX `<seg>`: maps `<bpt>`/`<ept>` to marks, `<ph>` breaks to breaks, the rest to placeholders. */
export function createTmxSegReader(report: Report) {
  const builder = createInlineBuilder()
  const openI = new Map<string, Open>()
  const usedI = new Set<string>()
  let frame: CodeFrame | undefined
  let depthInCode = 0

  const finishCode = ({ name, attrs, code, at }: CodeFrame) => {
    const p: Omit<ProtectedPlaceholder, 'token'> = { element: name, original: code }
    const i = attrs.i ?? ''
    if (name === 'bpt') {
      if (usedI.has(i)) report('errors.check.duplicateCodeId', 'error', at, `<bpt i="${i}"> is used twice in this segment`, { i })
      usedI.add(i)
      openI.set(i, at)
      builder.open(`i${i}`, markFromNativeCode(code) ?? markFromTypeName(attrs.type), p)
    } else if (name === 'ept') {
      if (!openI.delete(i)) report('errors.check.unpairedCode', 'error', at, `<ept i="${i}"> has no <bpt> before it`, { i })
      builder.close(`i${i}`, p)
    } else if (name === 'ph' && (attrs.type === 'lb' || isBreakCode(code))) {
      builder.hardBreak()
    } else if (name === 'ph' && (attrs.type === 'x-paragraph' || isParagraphCode(code))) {
      builder.paragraph()
    } else {
      builder.placeholder(p)
    }
  }

  return {
    open(ev: Open) {
      if (frame) {
        depthInCode++
        return
      }
      if (!INLINE_ELEMENTS.has(ev.name)) {
        report('errors.check.unknownElement', 'warning', ev, `<${ev.name}> is not a TMX inline element`, { element: ev.name })
        return
      }
      if ((ev.name === 'bpt' || ev.name === 'ept') && ev.attrs.i === undefined) {
        report('errors.check.missingAttribute', 'error', ev, `<${ev.name}> needs an i attribute`, { element: ev.name, attribute: 'i' })
      }
      if (CODE_ELEMENTS.has(ev.name)) frame = { name: ev.name, attrs: ev.attrs, code: '', at: ev }
    },
    close(ev: Extract<XmlEvent, { kind: 'close' }>) {
      if (frame && depthInCode > 0) depthInCode--
      else if (frame && ev.name === frame.name) {
        finishCode(frame)
        frame = undefined
      }
    },
    text(value: string) {
      if (frame) frame.code += value
      else builder.text(value)
    },
    finish() {
      for (const [i, at] of openI) report('errors.check.unpairedCode', 'error', at, `<bpt i="${i}"> has no <ept>`, { i })
      return builder.finish()
    },
  }
}
