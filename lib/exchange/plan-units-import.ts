import type { ImportedHeader, ImportedUnit } from '@/lib/formats/imported-unit'
import type { ImportPlan, PlannedTranslation } from './import-plan'
import { createSlotBuilder, slotToLink, type Slot } from './unit-slots'

export { SourceMismatchError } from './unit-slots'

function buildTranslations(langs: string[], slots: Slot[]): PlannedTranslation[] {
  return langs.map((lang) => {
    const translation: PlannedTranslation = { lang, segments: [], links: [] }
    for (const slot of slots) {
      const made = slotToLink(slot, lang, { segment: translation.segments.length, link: translation.links.length })
      if (!made) continue
      translation.segments.push(made.segment)
      translation.links.push(made.link)
    }
    return translation
  })
}

function placeAll(header: ImportedHeader, units: readonly ImportedUnit[], paragraphTexts?: readonly string[]) {
  const builder = createSlotBuilder(header, paragraphTexts)
  const slots = units.flatMap((u) => builder.add(u))
  slots.push(...builder.finish())
  return { slots, langs: builder.langs() }
}

/** TMX or XLIFF units as a new document: one paragraph per unit with a source, 1:1 links per language. */
export function planNewDocumentFromUnits(
  header: ImportedHeader,
  units: readonly ImportedUnit[],
  meta: { title: string; fileName: string },
): ImportPlan {
  const { slots, langs } = placeAll(header, units)
  return {
    document: {
      kind: 'new',
      title: meta.title,
      sourceLang: header.sourceLang,
      origin: { fileName: meta.fileName, ...(header.tool ? { sourceName: header.tool } : {}) },
    },
    paragraphs: slots.flatMap((s) => (s.source ? [s.source] : [])),
    translations: buildTranslations(langs, slots),
  }
}

/** TMX or XLIFF units as new languages of an existing document (see `createSlotBuilder` for the matching). */
export function planNewLanguagesFromUnits(
  documentId: string,
  paragraphTexts: readonly string[],
  header: ImportedHeader,
  units: readonly ImportedUnit[],
): ImportPlan {
  const { slots, langs } = placeAll(header, units, paragraphTexts)
  return {
    document: { kind: 'existing', id: documentId },
    paragraphs: [],
    translations: buildTranslations(langs, slots),
  }
}
