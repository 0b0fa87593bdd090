import { isLangTag } from './lang-tag'
import type { Report } from './problem-sink'
import type { XmlEvent } from './read-xml'
import { createUniqueIds } from './unique-ids'

// The XLIFF 2 constraints no schema can express and that matter for an import (XLIFF 2.1, the Constraints of
// `id`, `trgLang`, `<sc>`/`<ec>` and `dataRef*`): ids unique among the <file>s, among the <unit>s of a file, among
// the segments, ignorables and inline elements of a unit (an inline element of a <target> shares the id of its
// <source> counterpart), `trgLang` present when there is a <target>, every non-isolated <ec> closing an <sc> of the
// same unit and every <sc> closed, every `dataRef*` naming a <data> of the unit. Module and extension elements
// (prefixed names) are left to the schema.

type Open = Extract<XmlEvent, { kind: 'open' }>
type Close = Extract<XmlEvent, { kind: 'close' }>
type Side = 'source' | 'target'

const INLINE_WITH_ID = new Set(['pc', 'ph', 'sc', 'ec', 'mrk', 'sm'])
const DATA_REFS = ['dataRef', 'dataRefStart', 'dataRefEnd'] as const

type Unit = {
  /** Ids of segments, ignorables and source inline elements, and which kind holds each. */
  sourceIds: Map<string, 'segment' | 'inline'>
  targetIds: Set<string>
  dataIds: ReturnType<typeof createUniqueIds>
  refs: { at: Open; attribute: string; id: string }[]
  starts: Record<Side, Map<string, Open>>
  ends: Record<Side, { at: Open; startRef: string }[]>
}

/** A BCP 47 tag written as the standard spells it: what `isLangTag` forgives (`_`, spaces) is still an error here. */
const isStrictLangTag = (tag: string) => isLangTag(tag) && tag.trim() === tag && !tag.includes('_')

/** Streaming checks of an XLIFF document, fed every start and end tag from the root on. */
export type XliffRules = { open(ev: Open): void; close(ev: Close): void }

/** The streaming checks of an XLIFF 2 document, fed every XML event from the root on. */
export function createXliff2Rules(report: Report): XliffRules {
  const stack: string[] = []
  const fileIds = createUniqueIds(report, 'errors.check.duplicateFileId', 'error')
  const unitIds = createUniqueIds(report, 'errors.check.duplicateUnitId', 'error')
  let foreignDepth = 0
  let srcLang: string | undefined
  let trgLang: string | undefined
  let saidNoTrgLang = false
  let unit: Unit | undefined
  let side: { name: Side; depth: number } | undefined

  function checkRoot(ev: Open) {
    srcLang = ev.attrs.srcLang
    trgLang = ev.attrs.trgLang
    // Tags `isLangTag` refuses are reported by the header reader; these are the ones it forgives.
    for (const [attribute, lang] of [
      ['srcLang', srcLang],
      ['trgLang', trgLang],
    ] as const)
      if (lang !== undefined && (lang === '' || isLangTag(lang)) && !isStrictLangTag(lang))
        report('errors.language.invalid', 'error', ev, `${attribute}="${lang}" is not a BCP 47 tag`, { lang })
  }

  function openSide(ev: Open, name: Side) {
    side = { name, depth: stack.length }
    const expected = name === 'source' ? srcLang : trgLang
    if (name === 'target' && trgLang === undefined && !saidNoTrgLang) {
      saidNoTrgLang = true
      report('errors.check.noTrgLang', 'error', ev, 'The file has a <target> but <xliff> has no trgLang')
    }
    const lang = ev.attrs['xml:lang']
    if (lang !== undefined && expected !== undefined && lang.toLowerCase() !== expected.toLowerCase())
      report('errors.check.langMismatch', 'error', ev, `<${name} xml:lang="${lang}"> differs from "${expected}"`, {
        lang,
      })
  }

  function openInline(ev: Open, u: Unit, s: Side) {
    const a = ev.attrs
    const id = a.id
    if (id !== undefined && INLINE_WITH_ID.has(ev.name)) {
      const clash = s === 'source' ? u.sourceIds.has(id) : u.targetIds.has(id) || u.sourceIds.get(id) === 'segment'
      if (clash)
        report('errors.check.duplicateInlineId', 'error', ev, `<${ev.name}> repeats the id "${id}" of this unit`, {
          id,
          element: ev.name,
        })
      else if (s === 'source') u.sourceIds.set(id, 'inline')
      else u.targetIds.add(id)
    }
    for (const attribute of DATA_REFS)
      if (a[attribute] !== undefined) u.refs.push({ at: ev, attribute, id: a[attribute] })
    if (ev.name === 'sc' && a.isolated !== 'yes' && id !== undefined && !u.starts[s].has(id)) u.starts[s].set(id, ev)
    if (ev.name !== 'ec') return
    const needed = a.isolated === 'yes' ? 'id' : 'startRef'
    if (a[needed] === undefined)
      report('errors.check.missingAttribute', 'error', ev, `<ec> needs ${needed}`, {
        element: 'ec',
        attribute: needed,
      })
    else if (needed === 'startRef') u.ends[s].push({ at: ev, startRef: a.startRef! })
  }

  function finishUnit(u: Unit) {
    for (const ref of u.refs)
      if (!u.dataIds.has(ref.id))
        report('errors.check.unknownDataRef', 'error', ref.at, `${ref.attribute}="${ref.id}" names no <data>`, {
          attribute: ref.attribute,
          id: ref.id,
        })
    for (const s of ['source', 'target'] as const) {
      const closed = new Set<string>()
      for (const end of u.ends[s]) {
        if (u.starts[s].has(end.startRef)) closed.add(end.startRef)
        else
          report('errors.check.unpairedCode', 'error', end.at, `<ec> closes no <sc id="${end.startRef}">`, {
            i: end.startRef,
          })
      }
      for (const [id, at] of u.starts[s])
        if (!closed.has(id)) report('errors.check.unpairedCode', 'error', at, `<sc id="${id}"> has no <ec>`, { i: id })
    }
  }

  return {
    open(ev: Open) {
      const parent = stack[stack.length - 1]
      stack.push(ev.name)
      if (foreignDepth > 0 || ev.name.includes(':')) {
        foreignDepth++
        return
      }
      if (stack.length === 1) return checkRoot(ev)
      if (side && unit) return openInline(ev, unit, side.name)
      switch (ev.name) {
        case 'file':
          fileIds.check(ev.attrs.id, ev, 'file')
          unitIds.reset()
          break
        case 'unit':
          unitIds.check(ev.attrs.id, ev, 'unit')
          unit = {
            sourceIds: new Map(),
            targetIds: new Set(),
            dataIds: createUniqueIds(report, 'errors.check.duplicateDataId', 'error'),
            refs: [],
            starts: { source: new Map(), target: new Map() },
            ends: { source: [], target: [] },
          }
          break
        case 'segment':
        case 'ignorable': {
          const id = ev.attrs.id
          if (id !== undefined && unit) {
            if (unit.sourceIds.has(id) || unit.targetIds.has(id))
              report(
                'errors.check.duplicateSegmentId',
                'error',
                ev,
                `<${ev.name}> repeats the id "${id}" of this unit`,
                {
                  id,
                  element: ev.name,
                },
              )
            else unit.sourceIds.set(id, 'segment')
          }
          break
        }
        case 'data':
          if (unit && parent === 'originalData') unit.dataIds.check(ev.attrs.id, ev, 'data')
          break
        case 'source':
        case 'target':
          if (parent === 'segment' || parent === 'ignorable') openSide(ev, ev.name)
          break
      }
    },
    close(ev: Close) {
      stack.pop()
      if (foreignDepth > 0) {
        foreignDepth--
        return
      }
      if (side && ev.name === side.name && stack.length === side.depth - 1) side = undefined
      else if (ev.name === 'unit' && unit && !side) {
        finishUnit(unit)
        unit = undefined
      }
    },
  }
}
