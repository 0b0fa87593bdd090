import type { XmlInput } from './decode-xml-input'
import type { FormatProblem } from './format-error'
import type {
  ImportEvent,
  ImportedComment,
  ImportedFile,
  ImportedHeader,
  ImportedSegment,
  ImportedUnit,
} from './imported-unit'
import { isLangTag, normalizeLangTag } from './lang-tag'
import { createReport, type ImportOptions, type Report } from './problem-sink'
import { createXliffInlineReader } from './read-xliff-inline'
import { readXml, type XmlEvent } from './read-xml'
import { isValidXliffState, statusFromXliff } from './xliff-status'

type Open = Extract<XmlEvent, { kind: 'open' }>
type Version = '2' | '1.2'
const SKIPPED = new Set([
  'skeleton',
  'alt-trans',
  'seg-source',
  'context-group',
  'count-group',
  'prop-group',
  'phase-group',
  'header',
  'ignorable',
])
const KNOWN: Record<Version, Set<string>> = {
  '2': new Set([
    'xliff',
    'file',
    'group',
    'unit',
    'notes',
    'note',
    'originalData',
    'data',
    'segment',
    'source',
    'target',
  ]),
  '1.2': new Set(['xliff', 'file', 'body', 'group', 'trans-unit', 'source', 'target', 'note', 'bin-unit']),
}
const REQUIRED: Record<Version, Record<string, string[]>> = {
  '2': { file: ['id'], unit: ['id'], data: ['id'] },
  '1.2': { file: ['source-language', 'datatype', 'original'], 'trans-unit': ['id'] },
}

/** Streams a bilingual XLIFF 2.x or 1.2 file: the header, then one unit per segment, targets and states included. */
export async function* readXliff(input: XmlInput, options: ImportOptions = {}): AsyncGenerator<ImportEvent> {
  const report = createReport(options)
  const stack: Open[] = []
  let version: Version = '2'
  let header: ImportedHeader | undefined
  let unit:
    | {
        at: Open
        notes: ImportedComment[]
        segments: { source?: ImportedSegment; target?: ImportedSegment; at: Open }[]
      }
    | undefined
  let segment: (typeof unit & object)['segments'][number] | undefined
  let data = new Map<string, string>()
  let inline: { side: 'source' | 'target'; at: Open; reader: ReturnType<typeof createXliffInlineReader> } | undefined
  let text: { kind: 'data' | 'note'; id: string; attrs: Record<string, string>; value: string } | undefined
  let skipDepth = 0

  const newSegment = (
    lang: string,
    result: ReturnType<ReturnType<typeof createXliffInlineReader>['finish']>,
  ): ImportedSegment => ({
    lang,
    ...result,
    properties: {},
    comments: [],
  })

  for await (const batch of readXml(input, { maxBytes: options.maxBytes, onProblem: options.onProblem })) {
    const out: ImportEvent[] = []
    for (const ev of batch) {
      if (ev.kind === 'text') {
        if (skipDepth > 0) continue
        if (inline) inline.reader.text(ev.text)
        else if (text) text.value += ev.text
        continue
      }
      if (ev.kind === 'open') {
        stack.push(ev)
        if (skipDepth > 0 || SKIPPED.has(ev.name) || (ev.name.includes(':') && !inline)) {
          skipDepth++
          continue
        }
        if (inline) {
          inline.reader.open(ev)
          continue
        }
        const a = ev.attrs
        if (stack.length === 1) {
          if (ev.name !== 'xliff')
            report('errors.import.unknownFormat', 'error', ev, `<${ev.name}> is not an XLIFF root`, {
              element: ev.name,
            })
          if (!a.version)
            report('errors.check.missingAttribute', 'error', ev, '<xliff> needs version', {
              element: 'xliff',
              attribute: 'version',
            })
          version = a.version?.startsWith('1.') ? '1.2' : '2'
          if (version === '2') {
            if (!a.srcLang) report('errors.import.noSrcLang', 'error', ev, '<xliff> has no srcLang')
            checkLangs([a.srcLang, a.trgLang], ev, report)
            header = {
              format: 'xliff-2',
              version: a.version ?? '',
              sourceLang: normalizeLangTag(a.srcLang ?? ''),
              targetLangs: a.trgLang ? [normalizeLangTag(a.trgLang)] : [],
              properties: {},
            }
            out.push({ kind: 'header', header })
          }
          continue
        }
        if (!KNOWN[version].has(ev.name)) {
          report('errors.check.unknownElement', 'warning', ev, `<${ev.name}> is not an XLIFF ${version} element`, {
            element: ev.name,
          })
          skipDepth++
          continue
        }
        for (const name of REQUIRED[version][ev.name] ?? []) {
          if (name === 'source-language') continue
          if (a[name] === undefined)
            report('errors.check.missingAttribute', 'error', ev, `<${ev.name}> needs ${name}`, {
              element: ev.name,
              attribute: name,
            })
        }
        if (ev.name === 'file' && version === '1.2' && !header) {
          if (!a['source-language']) report('errors.import.noSrcLang', 'error', ev, '<file> has no source-language')
          const trg = a['target-language']
          checkLangs([a['source-language'], trg], ev, report)
          header = {
            format: 'xliff-1.2',
            version: '1.2',
            sourceLang: normalizeLangTag(a['source-language'] ?? ''),
            targetLangs: trg ? [normalizeLangTag(trg)] : [],
            properties: {},
          }
          if (a.original) header.properties.original = a.original
          out.push({ kind: 'header', header })
        } else if (ev.name === 'file' && version === '2' && header) {
          for (const [k, v] of Object.entries(a)) if (k.startsWith('prl:') || k === 'original') header.properties[k] = v
        } else if (ev.name === 'unit' || ev.name === 'trans-unit') {
          data = new Map()
          unit = { at: ev, notes: [], segments: [] }
          if (ev.name === 'trans-unit') unit.segments.push((segment = { at: ev }))
        } else if (ev.name === 'segment') {
          const state = a.state
          if (state !== undefined && !isValidXliffState('2', state))
            report('errors.check.invalidState', 'error', ev, `state="${state}" is not an XLIFF 2 state`, { state })
          unit?.segments.push((segment = { at: ev }))
        } else if (ev.name === 'data' || ev.name === 'note') {
          text = { kind: ev.name, id: a.id ?? '', attrs: a, value: '' }
        } else if ((ev.name === 'source' || ev.name === 'target') && segment) {
          const state = a.state
          if (ev.name === 'target' && version === '1.2' && state !== undefined && !isValidXliffState('1.2', state)) {
            report('errors.check.invalidState', 'warning', ev, `state="${state}" is not an XLIFF 1.2 state`, { state })
          }
          inline = { side: ev.name, at: ev, reader: createXliffInlineReader(version, data, report) }
        }
        continue
      }
      const opened = stack.pop()
      if (skipDepth > 0) {
        skipDepth--
        continue
      }
      if (inline && ev.name === inline.side && opened === inline.at) {
        const lang = inline.side === 'source' ? (header?.sourceLang ?? '') : (header?.targetLangs[0] ?? '')
        if (segment) segment[inline.side] = newSegment(lang, inline.reader.finish())
        if (inline.side === 'target' && segment?.target) segment.target.properties.state = inline.at.attrs.state ?? ''
        inline = undefined
      } else if (inline) {
        inline.reader.close(ev)
      } else if (text && (ev.name === 'data' || ev.name === 'note')) {
        if (text.kind === 'data') data.set(text.id, text.value)
        else if (unit) {
          const author = text.attrs['prl:author'] ?? text.attrs.from
          const created = text.attrs['prl:createdAt'] ? new Date(text.attrs['prl:createdAt']) : undefined
          unit.notes.push({
            text: text.value,
            ...(author ? { author } : {}),
            ...(created && !Number.isNaN(created.getTime()) ? { createdAt: created } : {}),
          })
        }
        text = undefined
      } else if ((ev.name === 'unit' || ev.name === 'trans-unit') && unit) {
        for (const u of finishUnit(unit, version, report)) out.push({ kind: 'unit', unit: u })
        unit = undefined
        segment = undefined
      }
    }
    yield* out
  }
}

function finishUnit(
  unit: {
    at: Open
    notes: ImportedComment[]
    segments: { source?: ImportedSegment; target?: ImportedSegment; at: Open }[]
  },
  version: Version,
  report: ReturnType<typeof createReport>,
): ImportedUnit[] {
  const a = unit.at.attrs
  const properties: Record<string, string> = {}
  for (const [k, v] of Object.entries(a)) if (k.startsWith('prl:')) properties[k.slice(4)] = v
  return unit.segments.map((seg, n) => {
    const state = version === '2' ? seg.at.attrs.state : seg.target?.properties.state || undefined
    if (version === '2' && state && state !== 'initial' && !seg.target) {
      report('errors.check.missingTarget', 'error', seg.at, `A segment in state "${state}" needs a <target>`, { state })
    }
    const target = seg.target
    if (target) {
      target.status = statusFromXliff(version, {
        state,
        subState: seg.at.attrs.subState,
        approved: a.approved,
        hasText: target.text.trim() !== '',
      })
      delete target.properties.state
      if (!state && !seg.at.attrs.subState && !a.approved) target.isStatusGuessed = true
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
      notes: unit.notes.map((c) => c.text),
    }
  })
}

/** Refuses a language attribute that is not a well-formed BCP 47 tag, naming it. */
function checkLangs(langs: Array<string | undefined>, at: { line: number; column: number }, report: Report): void {
  for (const lang of langs)
    if (lang && !isLangTag(lang))
      report('errors.language.invalid', 'error', at, `"${lang}" is not a BCP 47 tag`, { lang })
}

/** Reads a whole XLIFF file; throws a `FormatError` on the first error, returns warnings. */
export async function parseXliff(
  input: XmlInput,
  options: Omit<ImportOptions, 'onProblem'> = {},
): Promise<ImportedFile> {
  const warnings: FormatProblem[] = []
  const units: ImportedUnit[] = []
  let header: ImportedHeader | undefined
  for await (const ev of readXliff(input, { ...options, onWarning: (p) => warnings.push(p) })) {
    if (ev.kind === 'header') header = ev.header
    else units.push(ev.unit)
  }
  return { header: header!, units, warnings }
}
