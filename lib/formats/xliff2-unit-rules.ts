import type { Report } from './problem-sink'
import type { XmlEvent } from './read-xml'
import { createUniqueIds } from './unique-ids'

// The XLIFF 2.1 constraints inside one <unit> (its `id`, inline element and `<cp>` sections): ids unique among its
// segments, ignorables and inline elements (an inline element of a <target> shares the id of its <source>
// counterpart) and among its <data>; every `dataRef*` naming one of its <data>; every non-isolated <ec> closing an
// <sc> of the same side, every <sc> closed, every <em> closing an <sm>; `id`/`startRef`/`dir` on <ec> as `isolated`
// asks; `copyOf` never with `dataRef*`; no attribute but Format Style and Size Restriction ones on the codes;
// <cp> only for characters XML cannot hold (a warning); target `order` within the unit's segments and unique.

type Open = Extract<XmlEvent, { kind: 'open' }>
/** Which side of a segment inline content is in. */
export type Side = 'source' | 'target'

const INLINE_WITH_ID = new Set(['pc', 'ph', 'sc', 'ec', 'mrk', 'sm'])
const CODES = new Set(['pc', 'ph', 'sc', 'ec'])
const DATA_REFS = ['dataRef', 'dataRefStart', 'dataRefEnd'] as const
/** The modules whose attributes inline codes may carry. */
const CODE_MODULES = new Set(['urn:oasis:names:tc:xliff:fs:2.0', 'urn:oasis:names:tc:xliff:sizerestriction:2.0'])

/** True for a code point XML 1.0 allows as a character (those must not be written as <cp>). */
function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  )
}

/** The checks of one unit: feed its segments, data, targets and inline elements, then `finish` at `</unit>`. */
export function createUnitRules(report: Report) {
  const sourceIds = new Map<string, 'segment' | 'inline'>()
  const targetIds = new Set<string>()
  const dataIds = createUniqueIds(report, 'errors.check.duplicateDataId', 'error')
  const refs: { at: Open; attribute: string; id: string }[] = []
  const starts = { source: new Map<string, Open>(), target: new Map<string, Open>() }
  const ends: Record<Side, { at: Open; startRef: string }[]> = { source: [], target: [] }
  const markers = new Set<string>()
  const markerEnds: { at: Open; startRef: string }[] = []
  const orders: Open[] = []
  let segments = 0

  const invalid = (ev: Open, attribute: string, why: string) =>
    report('errors.check.invalidAttribute', 'error', ev, `<${ev.name} ${attribute}> ${why}`, { attribute })
  const missing = (ev: Open, attribute: string) =>
    report('errors.check.missingAttribute', 'error', ev, `<${ev.name}> needs ${attribute}`, {
      element: ev.name,
      attribute,
    })

  function checkId(ev: Open, side: Side, id: string) {
    const clash = side === 'source' ? sourceIds.has(id) : targetIds.has(id) || sourceIds.get(id) === 'segment'
    if (clash)
      report('errors.check.duplicateInlineId', 'error', ev, `<${ev.name}> repeats the id "${id}" of this unit`, {
        id,
        element: ev.name,
      })
    else if (side === 'source') sourceIds.set(id, 'inline')
    else targetIds.add(id)
  }

  function checkEnd(ev: Open, side: Side) {
    const a = ev.attrs
    if (a.isolated === 'yes') {
      if (a.id === undefined) missing(ev, 'id')
      if (a.startRef !== undefined) invalid(ev, 'startRef', 'is not allowed on an isolated <ec>')
      return
    }
    if (a.id !== undefined) invalid(ev, 'id', 'is only for an isolated <ec>')
    if (a.dir !== undefined) invalid(ev, 'dir', 'is only for an isolated <ec>')
    if (a.startRef === undefined) missing(ev, 'startRef')
    else ends[side].push({ at: ev, startRef: a.startRef })
  }

  return {
    /** A <segment> or <ignorable>. */
    segment(ev: Open) {
      segments++
      const id = ev.attrs.id
      if (id === undefined) return
      if (sourceIds.has(id) || targetIds.has(id))
        report('errors.check.duplicateSegmentId', 'error', ev, `<${ev.name}> repeats the id "${id}" of this unit`, {
          id,
          element: ev.name,
        })
      else sourceIds.set(id, 'segment')
    },
    data(ev: Open) {
      dataIds.check(ev.attrs.id, ev, 'data')
    },
    target(ev: Open) {
      if (ev.attrs.order !== undefined) orders.push(ev)
    },
    /** An element inside a <source> or <target>; `namespaceOf` resolves an attribute prefix in scope. */
    inline(ev: Open, side: Side, namespaceOf: (prefix: string) => string | undefined) {
      const a = ev.attrs
      if (a.id !== undefined && INLINE_WITH_ID.has(ev.name)) checkId(ev, side, a.id)
      const dataRefs = DATA_REFS.filter((name) => a[name] !== undefined)
      for (const attribute of dataRefs) refs.push({ at: ev, attribute, id: a[attribute]! })
      if (CODES.has(ev.name)) {
        if (a.copyOf !== undefined && dataRefs.length > 0) invalid(ev, 'copyOf', 'cannot go with dataRef')
        for (const name of Object.keys(a)) {
          const prefix = name.includes(':') ? name.slice(0, name.indexOf(':')) : undefined
          if (!prefix || prefix === 'xml' || prefix === 'xmlns' || CODE_MODULES.has(namespaceOf(prefix) ?? '')) continue
          report('errors.check.extensionAttribute', 'error', ev, `<${ev.name}> may not carry ${name}`, {
            element: ev.name,
            attribute: name,
          })
        }
      }
      if (ev.name === 'sc' && a.isolated !== 'yes' && a.id !== undefined && !starts[side].has(a.id))
        starts[side].set(a.id, ev)
      else if (ev.name === 'ec') checkEnd(ev, side)
      else if (ev.name === 'sm' && a.id !== undefined) markers.add(a.id)
      else if (ev.name === 'em' && a.startRef !== undefined) markerEnds.push({ at: ev, startRef: a.startRef })
      // A requirement on writers, harmless to read: a warning, so an import goes on.
      else if (ev.name === 'cp' && /^[0-9a-fA-F]{1,6}$/.test(a.hex ?? '') && isXmlChar(parseInt(a.hex!, 16)))
        report('errors.check.invalidAttribute', 'warning', ev, `<cp hex="${a.hex}"> is a character XML can hold`, {
          attribute: 'hex',
        })
    },
    finish() {
      for (const ref of refs)
        if (!dataIds.has(ref.id))
          report('errors.check.unknownDataRef', 'error', ref.at, `${ref.attribute}="${ref.id}" names no <data>`, {
            attribute: ref.attribute,
            id: ref.id,
          })
      for (const side of ['source', 'target'] as const) {
        const closed = new Set<string>()
        for (const end of ends[side]) {
          if (starts[side].has(end.startRef)) closed.add(end.startRef)
          else
            report('errors.check.unpairedCode', 'error', end.at, `<ec> closes no <sc id="${end.startRef}">`, {
              i: end.startRef,
            })
        }
        for (const [id, at] of starts[side])
          if (!closed.has(id))
            report('errors.check.unpairedCode', 'error', at, `<sc id="${id}"> has no <ec>`, { i: id })
      }
      for (const end of markerEnds)
        if (!markers.has(end.startRef))
          report('errors.check.unpairedCode', 'error', end.at, `<em> closes no <sm id="${end.startRef}">`, {
            i: end.startRef,
          })
      const seen = new Set<string>()
      for (const ev of orders) {
        const order = ev.attrs.order!
        if (Number(order) > segments || seen.has(order))
          invalid(ev, 'order', seen.has(order) ? 'is used twice' : 'is past the last segment')
        seen.add(order)
      }
    },
  }
}
