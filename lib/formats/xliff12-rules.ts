import type { Report } from './problem-sink'
import type { XmlEvent } from './read-xml'
import type { XliffRules } from './xliff2-rules'
import { createUniqueIds } from './unique-ids'

// XLIFF 1.2 rules from the specification, checked in code since no 1.2 schema is shipped here: <trans-unit> ids
// unique within their <file>, and every <bx> closed by an <ex> (matched by `rid`, else by `id`) within the same
// <source>, <target> or <seg-source>. Required <file> attributes, `state` values and <bpt>/<ept> pairing are checked
// by the reader itself.

type Open = Extract<XmlEvent, { kind: 'open' }>

const CONTAINERS = new Set(['source', 'target', 'seg-source'])

/** The streaming checks of an XLIFF 1.2 document, fed every XML event from the root on. */
export function createXliff12Rules(report: Report): XliffRules {
  // A warning, not an error: the import keys nothing on trans-unit ids (units are placed in order),
  // and CAT tools write such files (Matecat's v1-duplicate-ids); refusing them would block a usable file.
  const unitIds = createUniqueIds(report, 'errors.check.duplicateUnitId', 'warning')
  const stack: string[] = []
  let container: { depth: number; open: Map<string, Open> } | undefined

  return {
    open(ev: Open) {
      stack.push(ev.name)
      if (container) {
        const key = ev.attrs.rid ?? ev.attrs.id
        if (key === undefined) return
        if (ev.name === 'bx' && !container.open.has(key)) container.open.set(key, ev)
        else if (ev.name === 'ex' && !container.open.delete(key))
          report('errors.check.unpairedCode', 'error', ev, `<ex> ${key} has no <bx>`, { i: key })
        return
      }
      if (ev.name === 'file') unitIds.reset()
      else if (ev.name === 'trans-unit') unitIds.check(ev.attrs.id, ev, 'trans-unit')
      else if (CONTAINERS.has(ev.name)) container = { depth: stack.length, open: new Map() }
    },
    close() {
      stack.pop()
      if (!container || stack.length !== container.depth - 1) return
      for (const [key, at] of container.open)
        report('errors.check.unpairedCode', 'error', at, `<bx> ${key} has no <ex>`, { i: key })
      container = undefined
    },
  }
}
