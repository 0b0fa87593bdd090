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
export function createTmxSegReader(report: Report): TmxSegReader {
  return new TmxSegReader(report)
}

// A class, not a closure factory: one is made per `<seg>`, and prototype methods cost nothing to create.
export class TmxSegReader {
  private builder = createInlineBuilder()
  private openI = new Map<string, Open>()
  private usedI = new Set<string>()
  private frame: CodeFrame | undefined
  private depthInCode = 0

  constructor(private readonly report: Report) {}

  private finishCode({ name, attrs, code, at }: CodeFrame) {
    const { builder, report } = this
    const p: Omit<ProtectedPlaceholder, 'token'> = { element: name, original: code }
    const i = attrs.i ?? ''
    if (name === 'bpt') {
      if (this.usedI.has(i))
        report('errors.check.duplicateCodeId', 'error', at, `<bpt i="${i}"> is used twice in this segment`, { i })
      this.usedI.add(i)
      this.openI.set(i, at)
      builder.open(`i${i}`, markFromNativeCode(code) ?? markFromTypeName(attrs.type), p)
    } else if (name === 'ept') {
      if (!this.openI.delete(i))
        report('errors.check.unpairedCode', 'error', at, `<ept i="${i}"> has no <bpt> before it`, { i })
      builder.close(`i${i}`, p)
    } else if (name === 'ph' && (attrs.type === 'lb' || isBreakCode(code))) {
      builder.hardBreak()
    } else if (name === 'ph' && (attrs.type === 'x-paragraph' || isParagraphCode(code))) {
      builder.paragraph()
    } else {
      builder.placeholder(p)
    }
  }

  open(ev: Open) {
    if (this.frame) {
      this.depthInCode++
      return
    }
    if (!INLINE_ELEMENTS.has(ev.name)) {
      this.report('errors.check.unknownElement', 'warning', ev, `<${ev.name}> is not a TMX inline element`, {
        element: ev.name,
      })
      return
    }
    if ((ev.name === 'bpt' || ev.name === 'ept') && ev.attrs.i === undefined) {
      this.report('errors.check.missingAttribute', 'error', ev, `<${ev.name}> needs an i attribute`, {
        element: ev.name,
        attribute: 'i',
      })
    }
    if (CODE_ELEMENTS.has(ev.name)) this.frame = { name: ev.name, attrs: ev.attrs, code: '', at: ev }
  }

  close(ev: Extract<XmlEvent, { kind: 'close' }>) {
    if (this.frame && this.depthInCode > 0) this.depthInCode--
    else if (this.frame && ev.name === this.frame.name) {
      this.finishCode(this.frame)
      this.frame = undefined
    }
  }

  text(value: string) {
    if (this.frame) this.frame.code += value
    else this.builder.text(value)
  }

  finish() {
    for (const [i, at] of this.openI)
      this.report('errors.check.unpairedCode', 'error', at, `<bpt i="${i}"> has no <ept>`, { i })
    return this.builder.finish()
  }
}
