import { isSegmentStatus } from '@/lib/workbench/segment-states'
import type { ImportedSegment, ImportedUnit } from './imported-unit'
import { isLangTag, normalizeLangTag, sameLanguage } from './lang-tag'
import type { Report } from './problem-sink'
import type { XmlEvent } from './read-xml'
import { checkDates } from './read-tmx-header'
import { parseTmxDate } from './tmx-date'

// A TMX <tu> and its <tuv>s: one imported unit, its source variant and its targets.

type Open = Extract<XmlEvent, { kind: 'open' }>

/** An empty unit for a `<tu>`, after checking its dates. */
export function openTu(ev: Open, report: Report): ImportedUnit {
  checkDates(ev.attrs, ev, report)
  return ev.attrs.tuid
    ? { id: ev.attrs.tuid, targets: [], properties: {}, notes: [] }
    : { targets: [], properties: {}, notes: [] }
}

/** An empty segment for a `<tuv>`, after checking its language and dates. */
export function openTuv(ev: Open, report: Report): ImportedSegment {
  const lang = ev.attrs['xml:lang'] ?? ev.attrs.lang
  if (!lang)
    report('errors.check.missingAttribute', 'error', ev, '<tuv> needs xml:lang', {
      element: 'tuv',
      attribute: 'xml:lang',
    })
  else if (!isLangTag(lang))
    report('errors.language.invalid', 'error', ev, `xml:lang="${lang}" is not a BCP 47 tag`, { lang })
  checkDates(ev.attrs, ev, report)
  return newSegment(lang ? normalizeLangTag(lang) : '', ev.attrs)
}

function newSegment(lang: string, attrs: Record<string, string>): ImportedSegment {
  const seg: ImportedSegment = {
    lang,
    content: { type: 'doc', content: [{ type: 'paragraph' }] },
    text: '',
    placeholders: [],
    properties: {},
    comments: [],
  }
  const created = parseTmxDate(attrs.creationdate)
  const updated = parseTmxDate(attrs.changedate)
  if (created) seg.createdAt = created
  if (updated) seg.updatedAt = updated
  if (attrs.creationid) seg.createdBy = attrs.creationid
  if (attrs.changeid) seg.updatedBy = attrs.changeid
  return seg
}

/** Splits a note written as `author: text`. */
export function parseNote(text: string) {
  const m = /^([^:\n]{1,80}): ([\s\S]*)$/.exec(text)
  return m ? { author: m[1]!, text: m[2]! } : { text }
}

/**
 * Files a finished `<tuv>` as the unit's source (the header's `srclang`, or the first with `*all*`) or
 * as a target; a second `<tuv>` in a language the unit already has is reported (only the first is imported).
 */
export function finishTuv(
  tuv: ImportedSegment,
  at: Open,
  unit: ImportedUnit,
  srcLang: string | undefined,
  report: Report,
) {
  const status = tuv.properties['x-status']
  if (status !== undefined) {
    if (isSegmentStatus(status)) tuv.status = status
    else report('errors.check.invalidState', 'warning', at, `x-status "${status}" is unknown`, { state: status })
  }
  const lang = tuv.lang.toLowerCase()
  const isSource = srcLang ? sameLanguage(lang, srcLang) : !unit.source
  if (unit.source?.lang.toLowerCase() === lang || unit.targets.some((t) => t.lang.toLowerCase() === lang))
    report(
      'errors.check.duplicateVariant',
      'warning',
      at,
      `This <tu> already has a <tuv> in ${tuv.lang}; only the first is imported`,
      { lang: tuv.lang, ...(unit.id ? { unit: unit.id } : {}) },
    )
  if (isSource && !unit.source) unit.source = tuv
  else unit.targets.push(tuv)
}
