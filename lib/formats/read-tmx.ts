import { isSegmentStatus } from '@/lib/workbench/segment-states'
import type { XmlInput } from './decode-xml-input'
import type { ImportEvent, ImportedFile, ImportedHeader, ImportedSegment, ImportedUnit } from './imported-unit'
import { isLangTag, normalizeLangTag } from './lang-tag'
import type { FormatProblem } from './format-error'
import { createReport, type ImportOptions, type Report } from './problem-sink'
import { createTmxSegReader, type TmxSegReader } from './read-tmx-seg'
import { readXml, type XmlEvent } from './read-xml'
import { parseTmxDate } from './tmx-date'

type Open = Extract<XmlEvent, { kind: 'open' }>
const HEADER_REQUIRED = ['creationtool', 'creationtoolversion', 'segtype', 'o-tmf', 'adminlang', 'srclang', 'datatype']
const SEGTYPES = new Set(['block', 'paragraph', 'sentence', 'phrase'])
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

function checkDates(attrs: Record<string, string>, at: Open, report: Report) {
  for (const name of ['creationdate', 'changedate', 'lastusagedate']) {
    const value = attrs[name]
    if (value !== undefined && !parseTmxDate(value))
      report('errors.check.invalidAttribute', 'warning', at, `${name}="${value}" is not YYYYMMDDThhmmssZ`, {
        attribute: name,
      })
  }
}

function readHeader(ev: Open, report: Report, version: string): ImportedHeader {
  for (const name of HEADER_REQUIRED) {
    if (ev.attrs[name] !== undefined || name === 'srclang') continue
    report('errors.check.missingAttribute', 'warning', ev, `<header> needs ${name}`, {
      element: 'header',
      attribute: name,
    })
  }
  const srclang = ev.attrs.srclang?.trim()
  if (!srclang) report('errors.import.noSrcLang', 'error', ev, '<header> has no srclang')
  else if (srclang !== '*all*' && !isLangTag(srclang))
    report('errors.language.invalid', 'error', ev, `srclang="${srclang}" is not a BCP 47 tag`, { lang: srclang })
  const segtype = ev.attrs.segtype
  if (segtype !== undefined && !SEGTYPES.has(segtype))
    report('errors.check.invalidAttribute', 'warning', ev, `segtype="${segtype}" is not allowed`, {
      attribute: 'segtype',
    })
  checkDates(ev.attrs, ev, report)
  return {
    format: 'tmx',
    version,
    sourceLang: srclang && srclang !== '*all*' ? normalizeLangTag(srclang) : (srclang ?? ''),
    targetLangs: [],
    properties: {},
    tool: ev.attrs.creationtool,
  }
}

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

  for await (const batch of readXml(input, { maxBytes: options.maxBytes, onProblem: options.onProblem })) {
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
          else if (unit) unit.notes.push(meta.text)
          meta = undefined
        } else if (ev.name === 'header' && header && !headerSent) {
          headerSent = true
          out.push({ kind: 'header', header })
        } else if (ev.name === 'tuv' && tuv && unit && tuvAt) {
          finishTuv(tuv, tuvAt, unit, header?.sourceLang, report)
          tuv = undefined
        } else if (ev.name === 'tu' && unit) {
          if (!unit.source && header?.sourceLang)
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
          version = ev.attrs.version ?? ''
          if (!/^1\.[1-4]b?$/.test(version))
            report('errors.check.invalidAttribute', 'warning', ev, `TMX version "${version}" is not 1.1–1.4b`, {
              attribute: 'version',
            })
          break
        case 'header':
          header = readHeader(ev, report, version)
          break
        case 'body':
          if (!header) report('errors.import.noSrcLang', 'error', ev, 'The file has no <header>, so no srclang')
          break
        case 'tu':
          checkDates(ev.attrs, ev, report)
          unit = ev.attrs.tuid
            ? { id: ev.attrs.tuid, targets: [], properties: {}, notes: [] }
            : { targets: [], properties: {}, notes: [] }
          break
        case 'tuv': {
          const lang = ev.attrs['xml:lang'] ?? ev.attrs.lang
          if (!lang)
            report('errors.check.missingAttribute', 'error', ev, '<tuv> needs xml:lang', {
              element: 'tuv',
              attribute: 'xml:lang',
            })
          else if (!isLangTag(lang))
            report('errors.language.invalid', 'error', ev, `xml:lang="${lang}" is not a BCP 47 tag`, { lang })
          checkDates(ev.attrs, ev, report)
          tuv = newSegment(lang ? normalizeLangTag(lang) : '', ev.attrs)
          tuvAt = ev
          if (
            header &&
            tuv.lang &&
            tuv.lang.toLowerCase() !== header.sourceLang.toLowerCase() &&
            !langs.has(tuv.lang)
          ) {
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

function parseNote(text: string) {
  const m = /^([^:\n]{1,80}): ([\s\S]*)$/.exec(text)
  return m ? { author: m[1]!, text: m[2]! } : { text }
}

function finishTuv(tuv: ImportedSegment, at: Open, unit: ImportedUnit, srcLang: string | undefined, report: Report) {
  const status = tuv.properties['x-status']
  if (status !== undefined) {
    if (isSegmentStatus(status)) tuv.status = status
    else report('errors.check.invalidState', 'warning', at, `x-status "${status}" is unknown`, { state: status })
  }
  const isSource = srcLang ? tuv.lang.toLowerCase() === srcLang.toLowerCase() : !unit.source
  if (isSource && !unit.source) unit.source = tuv
  else unit.targets.push(tuv)
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
