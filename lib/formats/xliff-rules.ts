import type { Report } from './problem-sink'
import type { XmlEvent } from './read-xml'
import { createXliff12Rules } from './xliff12-rules'
import { createXliff2Rules, type XliffRules } from './xliff2-rules'

/**
 * The rules of an XLIFF file beyond what its reader needs (ids, pairing, `trgLang`, `dataRef`): those of XLIFF 1.2
 * or 2.x, chosen by the root's `version`. Feed it every XML event; problems go to `report`.
 */
export function createXliffRules(report: Report): { event(ev: XmlEvent): void } {
  let rules: XliffRules | undefined
  return {
    event(ev) {
      if (ev.kind === 'text') return rules?.text?.(ev.text)
      if (ev.kind === 'close') return rules?.close(ev)
      rules ??= ev.attrs.version?.startsWith('1.') ? createXliff12Rules(report) : createXliff2Rules(report)
      rules.open(ev)
    },
  }
}
