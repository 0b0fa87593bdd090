import { isLangTag } from './lang-tag'
import type { Report } from './problem-sink'
import type { XmlEvent } from './read-xml'
import { createUniqueIds } from './unique-ids'
import { createUnitRules, type Side } from './xliff2-unit-rules'

// The XLIFF 2 constraints no schema can express (XLIFF 2.1, the Constraints sections), outside the units'
// content: ids unique among the <file>s, among the <group>s and the <unit>s of a file, among the <note>s of a
// <notes>; `srcLang`/`trgLang` BCP 47 tags as written, `trgLang` present when a <target> is; `xml:lang` of a
// <source>/<target> equal to them; `subState` only with `state`; a <skeleton> with `href` or content, not both.
// Inside a unit: xliff2-unit-rules.ts. Module and extension elements (prefixed names) are left to the schema.

type Open = Extract<XmlEvent, { kind: 'open' }>
type Close = Extract<XmlEvent, { kind: 'close' }>

/** A BCP 47 tag written as the standard spells it: what `isLangTag` forgives (`_`, spaces) is still an error here. */
const isStrictLangTag = (tag: string) => isLangTag(tag) && tag.trim() === tag && !tag.includes('_')

/** Streaming checks of an XLIFF document, fed every start and end tag from the root on. */
export type XliffRules = { open(ev: Open): void; close(ev: Close): void; text?(text: string): void }

/** The streaming checks of an XLIFF 2 document, fed every XML event from the root on. */
export function createXliff2Rules(report: Report): XliffRules {
  const stack: string[] = []
  // Namespace declarations per open element (undefined when it declares none), to resolve attribute prefixes.
  const scopes: (Map<string, string> | undefined)[] = []
  const fileIds = createUniqueIds(report, 'errors.check.duplicateFileId', 'error')
  const unitIds = createUniqueIds(report, 'errors.check.duplicateUnitId', 'error')
  const groupIds = createUniqueIds(report, 'errors.check.duplicateGroupId', 'error')
  const noteIds = createUniqueIds(report, 'errors.check.duplicateNoteId', 'error')
  let foreignDepth = 0
  let srcLang: string | undefined
  let trgLang: string | undefined
  let saidNoTrgLang = false
  let unit: ReturnType<typeof createUnitRules> | undefined
  let side: { name: Side; depth: number } | undefined
  let skeleton: { at: Open; content: boolean } | undefined

  const namespaceOf = (prefix: string) => {
    for (let i = scopes.length - 1; i >= 0; i--) {
      const uri = scopes[i]?.get(prefix)
      if (uri !== undefined) return uri
    }
    return undefined
  }

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
    if (name === 'target') {
      unit?.target(ev)
      if (trgLang === undefined && !saidNoTrgLang) {
        saidNoTrgLang = true
        report('errors.check.noTrgLang', 'error', ev, 'The file has a <target> but <xliff> has no trgLang')
      }
    }
    const expected = name === 'source' ? srcLang : trgLang
    const lang = ev.attrs['xml:lang']
    if (lang !== undefined && expected !== undefined && lang.toLowerCase() !== expected.toLowerCase())
      report('errors.check.langMismatch', 'error', ev, `<${name} xml:lang="${lang}"> differs from "${expected}"`, {
        lang,
      })
  }

  function openCore(ev: Open, parent: string | undefined) {
    const a = ev.attrs
    switch (ev.name) {
      case 'file':
        fileIds.check(a.id, ev, 'file')
        unitIds.reset()
        groupIds.reset()
        break
      case 'group':
        groupIds.check(a.id, ev, 'group')
        break
      case 'unit':
        unitIds.check(a.id, ev, 'unit')
        unit = createUnitRules(report)
        break
      case 'notes':
        noteIds.reset()
        break
      case 'note':
        noteIds.check(a.id, ev, 'note')
        break
      case 'skeleton':
        skeleton = { at: ev, content: false }
        break
      case 'segment':
      case 'ignorable':
        unit?.segment(ev)
        if (a.subState !== undefined && a.state === undefined)
          report('errors.check.missingAttribute', 'error', ev, `<${ev.name}> has subState but no state`, {
            element: ev.name,
            attribute: 'state',
          })
        break
      case 'data':
        if (parent === 'originalData') unit?.data(ev)
        break
      case 'source':
      case 'target':
        if (parent === 'segment' || parent === 'ignorable') openSide(ev, ev.name)
        break
    }
  }

  function closeSkeleton(s: { at: Open; content: boolean }) {
    const href = s.at.attrs.href
    if (href === undefined && !s.content)
      report('errors.check.missingAttribute', 'error', s.at, '<skeleton> is empty and has no href', {
        element: 'skeleton',
        attribute: 'href',
      })
    else if (href !== undefined && s.content)
      report('errors.check.invalidAttribute', 'error', s.at, '<skeleton> has both href and content', {
        attribute: 'href',
      })
  }

  return {
    open(ev) {
      const parent = stack[stack.length - 1]
      stack.push(ev.name)
      let declared: Map<string, string> | undefined
      for (const [name, value] of Object.entries(ev.attrs))
        if (name.startsWith('xmlns:')) (declared ??= new Map()).set(name.slice(6), value)
      scopes.push(declared)
      if (skeleton) skeleton.content = true
      if (foreignDepth > 0 || ev.name.includes(':')) {
        foreignDepth++
        return
      }
      if (stack.length === 1) return checkRoot(ev)
      if (side && unit) return unit.inline(ev, side.name, namespaceOf)
      openCore(ev, parent)
    },
    close(ev) {
      stack.pop()
      scopes.pop()
      if (foreignDepth > 0) {
        foreignDepth--
        return
      }
      if (side && ev.name === side.name && stack.length === side.depth - 1) side = undefined
      else if (ev.name === 'skeleton' && skeleton) {
        closeSkeleton(skeleton)
        skeleton = undefined
      } else if (ev.name === 'unit' && unit && !side) {
        unit.finish()
        unit = undefined
      }
    },
    text(text) {
      if (skeleton && text.trim() !== '') skeleton.content = true
    },
  }
}
