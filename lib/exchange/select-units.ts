import { AppError } from '@/lib/errors'
import type { ImportedComment, ImportedHeader, ImportedSegment, ImportedUnit } from '@/lib/formats/imported-unit'
import { sameLanguage } from '@/lib/formats/lang-tag'
import { emptyDoc } from '@/lib/richtext/empty-doc'

/** What an import left out of a file, and why; the import result lists these. */
export type ImportSkip =
  /** An XLIFF `<file>` in another language pair than the one imported. */
  | { reason: 'languagePair'; file: number; original?: string; sourceLang: string; targetLang: string; units: number }
  /** A TMX language left out because another target language was chosen. */
  | { reason: 'otherLanguage'; lang: string; units: number }
  /** A second `<tuv>` in a language the unit already had. */
  | { reason: 'duplicateVariant'; unit: string; lang: string }

/** The languages asked for with the import (form or API); all optional. */
export type LanguageChoice = {
  /** The file's language to use as the source (TMX `*all*`, or a TMX whose `srclang` no unit has). */
  sourceLang?: string
  /** The target language: of an XLIFF that names none, or the one pair or language to take. */
  targetLang?: string
  /** The source language of the existing document the file goes into. */
  documentSourceLang?: string
}

/** How many skipped items an import result lists; past it only the count grows. */
export const MAX_SKIPS = 200

export type UnitSelector = {
  /** The unit as the import takes it (languages settled, duplicates and notes folded in), or null to skip it. */
  select(unit: ImportedUnit, index: number): ImportedUnit | null
  /** The source language of the imported units (known after the first unit for `*all*` and XLIFF). */
  sourceLang(): string
  /** The target language the import takes ('' while unknown, and for TMX without a chosen one). */
  targetLang(): string
  /** What was skipped: the first `MAX_SKIPS` items and the total. */
  skipped(): { items: ImportSkip[]; total: number }
}

function comments(unit: ImportedUnit, target: ImportedSegment, isXliff: boolean): ImportedComment[] {
  // XLIFF notes belong to the unit and are already the target's; TMX notes may sit on the <tu>,
  // the source <tuv> and the target <tuv>: the target gets them all, so none is lost.
  if (isXliff) return target.comments
  return [...unit.notes, ...(unit.source?.comments ?? []), ...target.comments]
}

/**
 * Decides which units and languages of a TMX or XLIFF file an import takes, so nothing is
 * misfiled and every left-out part is reported:
 * - XLIFF: each `<file>` has its own language pair; the import takes the files whose source is the
 *   document's (or the chosen one, or that of the first file with a unit: tools put empty `<file>`s
 *   for skeletons and manifests first) and whose target is the chosen language (or the first such
 *   file's); the others are skipped and listed. Targets of a file that names no target language
 *   take the chosen one; without a choice such a file with translations or notes is refused
 *   (`import.noTargetLang`).
 * - TMX: the source is the chosen language, else the header's `srclang`, else (`*all*`) the first
 *   unit's first language; each unit's variants are refiled by it. A chosen target language keeps
 *   only that language. A second variant in one language is skipped and listed.
 * Notes become comments of the targets they belong to.
 */
export function createUnitSelector(header: ImportedHeader, choice: LanguageChoice = {}): UnitSelector {
  const isXliff = header.format !== 'tmx'
  let source = choice.sourceLang ?? (isXliff || header.sourceLang === '*all*' ? '' : header.sourceLang)
  let target = choice.targetLang ?? ''
  const skips: ImportSkip[] = []
  let total = 0
  const skip = (item: ImportSkip) => {
    total++
    if (skips.length < MAX_SKIPS) skips.push(item)
  }
  const byFile = new Map<number, Extract<ImportSkip, { reason: 'languagePair' }>>()
  const byLang = new Map<string, Extract<ImportSkip, { reason: 'otherLanguage' }>>()

  function selectXliff(unit: ImportedUnit): ImportedUnit | null {
    const file = unit.file!
    if (!source) source = file.sourceLang || header.sourceLang
    const wantedSource = choice.documentSourceLang ?? source
    const sourceMatches = !file.sourceLang || sameLanguage(file.sourceLang, wantedSource)
    if (sourceMatches && !target && file.targetLang) target = file.targetLang
    const targetMatches = file.targetLang ? target !== '' && sameLanguage(file.targetLang, target) : true
    if (!sourceMatches || !targetMatches) {
      let item = byFile.get(file.index)
      if (!item) {
        item = {
          reason: 'languagePair',
          file: file.index,
          ...(file.original ? { original: file.original } : {}),
          sourceLang: file.sourceLang,
          targetLang: file.targetLang,
          units: 0,
        }
        byFile.set(file.index, item)
        skip(item)
      }
      item.units++
      return null
    }
    const hasTextOrNotes =
      unit.targets.some((t) => t.text.trim() !== '') || unit.notes.some((n) => n.text.trim() !== '')
    if (!file.targetLang && !target && hasTextOrNotes)
      throw new AppError('import.noTargetLang', { file: String(file.index) })
    const lang = target || file.targetLang
    const targets = unit.targets.map((t) => ({ ...t, lang, comments: comments(unit, t, true) }))
    // A unit with notes but no target keeps its notes on an empty target.
    if (targets.length === 0 && unit.notes.length > 0 && lang)
      targets.push({
        lang,
        content: emptyDoc(),
        text: '',
        placeholders: [],
        properties: {},
        comments: unit.notes,
      })
    return {
      ...unit,
      ...(unit.source ? { source: { ...unit.source, lang: source || unit.source.lang } } : {}),
      targets,
    }
  }

  function selectTmx(unit: ImportedUnit, index: number): ImportedUnit | null {
    const variants = [...(unit.source ? [unit.source] : []), ...unit.targets]
    if (!source) source = variants[0]?.lang ?? ''
    const seen = new Set<string>()
    let sourceVariant: ImportedSegment | undefined
    const targets: ImportedSegment[] = []
    for (const v of variants) {
      const key = v.lang.toLowerCase()
      if (seen.has(key)) {
        skip({ reason: 'duplicateVariant', unit: unit.id ?? String(index), lang: v.lang })
        continue
      }
      seen.add(key)
      if (!sourceVariant && source && sameLanguage(v.lang, source)) sourceVariant = v
      else if (target && !sameLanguage(v.lang, target)) {
        let item = byLang.get(key)
        if (!item) {
          item = { reason: 'otherLanguage', lang: v.lang, units: 0 }
          byLang.set(key, item)
          skip(item)
        }
        item.units++
      } else targets.push(v)
    }
    const refiled: ImportedUnit = {
      ...unit,
      targets: targets.map((t) => ({ ...t, lang: target || t.lang, comments: comments(unit, t, false) })),
    }
    if (sourceVariant) refiled.source = { ...sourceVariant, lang: source }
    else delete refiled.source
    return refiled
  }

  return {
    select: (unit, index) => (isXliff && unit.file ? selectXliff(unit) : selectTmx(unit, index)),
    sourceLang: () => source || header.sourceLang,
    targetLang: () => target,
    skipped: () => ({ items: skips, total }),
  }
}
