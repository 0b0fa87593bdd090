import type { XmlInput } from './decode-xml-input'
import type { FormatProblem } from './format-error'
import type {
  ImportEvent,
  ImportedFile,
  ImportedFilePart,
  ImportedHeader,
  ImportedSegment,
  ImportedUnit,
} from './imported-unit'
import { createReport, type ImportOptions } from './problem-sink'
import {
  checkRequiredAttributes,
  KNOWN,
  readXliff12FilePart,
  readXliff12Header,
  readXliffRoot,
  SKIPPED,
  type XliffVersion,
} from './read-xliff-header'
import { createXliffInlineReader } from './read-xliff-inline'
import { finishXliffUnit, xliffNote, type XliffUnit } from './read-xliff-unit'
import { readXml, type XmlEvent } from './read-xml'
import { createXliffRules } from './xliff-rules'
import { isValidXliffState } from './xliff-status'

type Open = Extract<XmlEvent, { kind: 'open' }>

/** Streams a bilingual XLIFF 2.x or 1.2 file: the header, then one unit per segment, targets and states included. */
export async function* readXliff(input: XmlInput, options: ImportOptions = {}): AsyncGenerator<ImportEvent> {
  const report = createReport(options)
  const rules = createXliffRules(report)
  const stack: Open[] = []
  let version: XliffVersion = '2'
  let header: ImportedHeader | undefined
  let unit: XliffUnit | undefined
  let segment: XliffUnit['segments'][number] | undefined
  let data = new Map<string, string>()
  let inline: { side: 'source' | 'target'; at: Open; reader: ReturnType<typeof createXliffInlineReader> } | undefined
  let text: { kind: 'data' | 'note'; id: string; attrs: Record<string, string>; value: string } | undefined
  let skipDepth = 0
  let files = 0
  let part: ImportedFilePart | undefined

  const newSegment = (
    lang: string,
    result: ReturnType<ReturnType<typeof createXliffInlineReader>['finish']>,
  ): ImportedSegment => ({
    lang,
    ...result,
    properties: {},
    comments: [],
  })

  for await (const batch of readXml(input, { ...options, namespaces: true })) {
    const out: ImportEvent[] = []
    for (const ev of batch) {
      rules.event(ev)
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
          const root = readXliffRoot(ev, report)
          version = root.version
          if (root.header) {
            header = root.header
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
        checkRequiredAttributes(ev, version, report)
        if (ev.name === 'file') files++
        if (ev.name === 'file' && version === '1.2') {
          if (!header) {
            header = readXliff12Header(ev, report)
            out.push({ kind: 'header', header })
          }
          part = readXliff12FilePart(ev, files, header, report)
        } else if (ev.name === 'file' && version === '2' && header) {
          for (const [k, v] of Object.entries(a)) if (k.startsWith('prl:') || k === 'original') header.properties[k] = v
          part = {
            index: files,
            ...(a.original ? { original: a.original } : {}),
            sourceLang: header.sourceLang,
            targetLang: header.targetLangs[0] ?? '',
          }
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
        const lang = inline.side === 'source' ? (part?.sourceLang ?? '') : (part?.targetLang ?? '')
        if (segment) segment[inline.side] = newSegment(lang, inline.reader.finish())
        if (inline.side === 'target' && segment?.target) segment.target.properties.state = inline.at.attrs.state ?? ''
        inline = undefined
      } else if (inline) {
        inline.reader.close(ev)
      } else if (text && (ev.name === 'data' || ev.name === 'note')) {
        if (text.kind === 'data') data.set(text.id, text.value)
        else if (unit) unit.notes.push(xliffNote(text.attrs, text.value))
        else if (header) (header.notes ??= []).push(text.value)
        text = undefined
      } else if ((ev.name === 'unit' || ev.name === 'trans-unit') && unit) {
        for (const u of finishXliffUnit(unit, version, report))
          out.push({ kind: 'unit', unit: part ? { ...u, file: part } : u })
        unit = undefined
        segment = undefined
      }
    }
    yield* out
  }
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
