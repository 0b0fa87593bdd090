import type { XmlInput } from './decode-xml-input'
import type { ImportEvent, ImportedFile, ImportedHeader, ImportedSegment, ImportedUnit } from './imported-unit'
import type { FormatProblem } from './format-error'
import { createReport, type ImportOptions } from './problem-sink'
import { readTmxHeader, readTmxVersion } from './read-tmx-header'
import { createTmxSegReader, type TmxSegReader } from './read-tmx-seg'
import { finishTuv, openTu, openTuv, parseNote } from './read-tmx-tu'
import { sameLanguage } from './lang-tag'
import { readXml, type XmlEvent } from './read-xml'
import { createUniqueIds } from './unique-ids'

type Open = Extract<XmlEvent, { kind: 'open' }>
const KNOWN = new Set(['tmx', 'header', 'body', 'tu', 'tuv', 'seg', 'prop', 'note', 'ude', 'map'])
const PARENT: Record<string, string[]> = {
  header: ['tmx'],
  body: ['tmx'],
  tu: ['body'],
  tuv: ['tu'],
  seg: ['tuv'],
  prop: ['header', 'tu', 'tuv'],
  note: ['header', 'tu', 'tuv'],
  ude: ['header'],
  map: ['ude'],
}

/** `srclang="*all*"`: any language may be the source; the first `<tuv>` of a unit is taken as it. */
export const anySource = (header: ImportedHeader | undefined) => header?.sourceLang === '*all*'

/** Streams a TMX file (1.1–1.4b): the header, then one unit per `<tu>`, with the checks of `checkFile`. */
export async function* readTmx(input: XmlInput, options: ImportOptions = {}): AsyncGenerator<ImportEvent> {
  const report = createReport(options)
  const stack: string[] = []
  let header: ImportedHeader | undefined
  let headerSent = false
  let unit: ImportedUnit | undefined
  let tuv: ImportedSegment | undefined
  let tuvAt: Open | undefined
  let seg: TmxSegReader | undefined
  let meta: { name: string; type: string; text: string } | undefined
  let version = ''
  const langs = new Set<string>()
  // TMX asks for unique `tuid`s; files that repeat one still import (a warning).
  const tuids = createUniqueIds(report, 'errors.check.duplicateUnitId', 'warning')

  for await (const batch of readXml(input, options)) {
    const out: ImportEvent[] = []
    for (const ev of batch) {
      const parent = stack[stack.length - 1]
      if (ev.kind === 'text') {
        if (seg) seg.text(ev.text)
        else if (meta) meta.text += ev.text
        continue
      }
      if (ev.kind === 'close') {
        stack.pop()
        if (seg && ev.name !== 'seg') seg.close(ev)
        else if (ev.name === 'seg' && seg && tuv) {
          Object.assign(tuv, seg.finish())
          seg = undefined
        } else if ((ev.name === 'prop' || ev.name === 'note') && meta) {
          const target = tuv ?? unit ?? header
          if (target && meta.name === 'prop') target.properties[meta.type] = meta.text
          else if (tuv) tuv.comments.push(parseNote(meta.text))
          else if (unit) unit.notes.push({ text: meta.text })
          else if (header && meta.name === 'note') (header.notes ??= []).push(meta.text)
          meta = undefined
        } else if (ev.name === 'header' && header && !headerSent) {
          headerSent = true
          out.push({ kind: 'header', header })
        } else if (ev.name === 'tuv' && tuv && unit && tuvAt) {
          finishTuv(tuv, tuvAt, unit, anySource(header) ? undefined : header?.sourceLang, report)
          tuv = undefined
        } else if (ev.name === 'tu' && unit) {
          if (!unit.source && header?.sourceLang && !anySource(header))
            report('errors.check.noSourceVariant', 'warning', ev, `This <tu> has no <tuv> in ${header.sourceLang}`, {
              lang: header.sourceLang,
            })
          out.push({ kind: 'unit', unit })
          unit = undefined
        }
        continue
      }
      stack.push(ev.name)
      if (seg) {
        seg.open(ev)
        continue
      }
      if (!KNOWN.has(ev.name)) {
        report('errors.check.unknownElement', 'warning', ev, `<${ev.name}> is not a TMX element`, { element: ev.name })
        continue
      }
      const parents = PARENT[ev.name]
      if (parent === undefined ? ev.name !== 'tmx' : !parents?.includes(parent)) {
        report(
          parent === undefined ? 'errors.import.unknownFormat' : 'errors.check.misplacedElement',
          'error',
          ev,
          `<${ev.name}> cannot be here`,
          { element: ev.name },
        )
      }
      switch (ev.name) {
        case 'tmx':
          version = readTmxVersion(ev, report)
          break
        case 'header':
          header = readTmxHeader(ev, report, version)
          break
        case 'body':
          if (!header) report('errors.import.noSrcLang', 'error', ev, 'The file has no <header>, so no srclang')
          break
        case 'tu':
          tuids.check(ev.attrs.tuid, ev, 'tu')
          unit = openTu(ev, report)
          break
        case 'tuv': {
          tuv = openTuv(ev, report)
          tuvAt = ev
          if (header && tuv.lang && !sameLanguage(tuv.lang, header.sourceLang) && !langs.has(tuv.lang)) {
            langs.add(tuv.lang)
            header.targetLangs.push(tuv.lang)
          }
          break
        }
        case 'seg':
          seg = createTmxSegReader(report)
          break
        case 'prop':
          if (ev.attrs.type === undefined)
            report('errors.check.missingAttribute', 'warning', ev, '<prop> needs type', {
              element: 'prop',
              attribute: 'type',
            })
          meta = { name: 'prop', type: ev.attrs.type ?? '', text: '' }
          break
        case 'note':
          meta = { name: 'note', type: '', text: '' }
          break
      }
    }
    yield* out
  }
}

/** Reads a whole TMX file; throws a `FormatError` on the first error, returns warnings. */
export async function parseTmx(input: XmlInput, options: Omit<ImportOptions, 'onProblem'> = {}): Promise<ImportedFile> {
  const warnings: FormatProblem[] = []
  const units: ImportedUnit[] = []
  let header: ImportedHeader | undefined
  for await (const ev of readTmx(input, { ...options, onWarning: (p) => warnings.push(p) })) {
    if (ev.kind === 'header') header = ev.header
    else units.push(ev.unit)
  }
  return { header: header!, units, warnings }
}
