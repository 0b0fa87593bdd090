import type { ImportedComment, ImportedSegment, ImportedUnit } from './imported-unit'
import type { Report } from './problem-sink'
import type { XliffVersion } from './read-xliff-header'
import type { XmlEvent } from './read-xml'
import { statusFromXliff } from './xliff-status'

// An XLIFF unit (2.x `<unit>` with its `<segment>`s, 1.2 `<trans-unit>` as one segment) and its notes,
// made into imported units once the unit closes.

type Open = Extract<XmlEvent, { kind: 'open' }>

/** A unit being read: where it opened, its notes, and its segments with their source and target. */
export type XliffUnit = {
  at: Open
  notes: ImportedComment[]
  segments: { source?: ImportedSegment; target?: ImportedSegment; at: Open }[]
}

/** A note of a unit; `prl:author` (or 1.2's `from`) and `prl:createdAt` give its author and date. */
export function xliffNote(attrs: Record<string, string>, text: string): ImportedComment {
  const author = attrs['prl:author'] ?? attrs.from
  const created = attrs['prl:createdAt'] ? new Date(attrs['prl:createdAt']) : undefined
  return {
    text,
    ...(author ? { author } : {}),
    ...(created && !Number.isNaN(created.getTime()) ? { createdAt: created } : {}),
  }
}

/** One imported unit per segment of a finished unit, with its target's status, authors, dates and notes. */
export function finishXliffUnit(unit: XliffUnit, version: XliffVersion, report: Report): ImportedUnit[] {
  const a = unit.at.attrs
  const properties: Record<string, string> = {}
  for (const [k, v] of Object.entries(a)) if (k.startsWith('prl:')) properties[k.slice(4)] = v
  // XLIFF 1.2 keeps our exact status on the <trans-unit> (2.x: subState on the segment).
  const ownStatus = version === '1.2' && properties.status !== undefined ? `prl:${properties.status}` : undefined
  delete properties.status
  return unit.segments.map((seg, n) => {
    const state = version === '2' ? seg.at.attrs.state : seg.target?.properties.state || undefined
    if (version === '2' && state && state !== 'initial' && !seg.target) {
      report('errors.check.missingTarget', 'error', seg.at, `A segment in state "${state}" needs a <target>`, { state })
    }
    const target = seg.target
    if (target) {
      target.status = statusFromXliff(version, {
        state,
        subState: seg.at.attrs.subState ?? ownStatus,
        approved: a.approved,
        hasText: target.text.trim() !== '',
      })
      delete target.properties.state
      if (!state && !seg.at.attrs.subState && !ownStatus && !a.approved) target.isStatusGuessed = true
      if (properties.createdBy) target.createdBy = properties.createdBy
      if (properties.updatedBy) target.updatedBy = properties.updatedBy
      if (properties.createdAt) target.createdAt = new Date(properties.createdAt)
      if (properties.updatedAt) target.updatedAt = new Date(properties.updatedAt)
      target.comments = unit.notes
    }
    const id =
      a.id === undefined ? undefined : unit.segments.length === 1 ? a.id : `${a.id}:${seg.at.attrs.id ?? n + 1}`
    return {
      ...(id ? { id } : {}),
      ...(seg.source ? { source: seg.source } : {}),
      targets: target ? [target] : [],
      properties,
      notes: unit.notes,
    }
  })
}
