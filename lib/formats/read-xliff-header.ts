import type { ImportedFilePart, ImportedHeader } from './imported-unit'
import { isLangTag, normalizeLangTag, sameLanguage } from './lang-tag'
import type { Report } from './problem-sink'
import type { XmlEvent } from './read-xml'

// The XLIFF vocabulary per version, the root element and the header: XLIFF 2.x names its languages on
// <xliff>, XLIFF 1.2 on the first <file>.

type Open = Extract<XmlEvent, { kind: 'open' }>
export type XliffVersion = '2' | '1.2'
/** Elements read past with all their content. */
export const SKIPPED = new Set([
  'skeleton',
  'alt-trans',
  'seg-source',
  'context-group',
  'count-group',
  'prop-group',
  'phase-group',
  'ignorable',
  // XLIFF 1.2 <header> content other than notes
  'skl',
  'tool',
  'glossary',
  'reference',
])
/** The elements of each version that the reader knows. */
export const KNOWN: Record<XliffVersion, Set<string>> = {
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
  '1.2': new Set(['xliff', 'file', 'header', 'body', 'group', 'trans-unit', 'source', 'target', 'note', 'bin-unit']),
}
const REQUIRED: Record<XliffVersion, Record<string, string[]>> = {
  '2': { file: ['id'], unit: ['id'], data: ['id'] },
  '1.2': { file: ['source-language', 'datatype', 'original'], 'trans-unit': ['id'] },
}

/**
 * Checks the root `<xliff>` element and reads its version; an XLIFF 2.x root also gives the header
 * (its languages), a 1.2 root none (they come on `<file>`).
 */
export function readXliffRoot(ev: Open, report: Report): { version: XliffVersion; header?: ImportedHeader } {
  const a = ev.attrs
  if (ev.name !== 'xliff')
    report('errors.import.unknownFormat', 'error', ev, `<${ev.name}> is not an XLIFF root`, {
      element: ev.name,
    })
  if (!a.version)
    report('errors.check.missingAttribute', 'error', ev, '<xliff> needs version', {
      element: 'xliff',
      attribute: 'version',
    })
  if (a.version?.startsWith('1.')) return { version: '1.2' }
  if (!a.srcLang) report('errors.import.noSrcLang', 'error', ev, '<xliff> has no srcLang')
  checkLangs([a.srcLang, a.trgLang], ev, report)
  const header: ImportedHeader = {
    format: 'xliff-2',
    version: a.version ?? '',
    sourceLang: normalizeLangTag(a.srcLang ?? ''),
    targetLangs: a.trgLang ? [normalizeLangTag(a.trgLang)] : [],
    properties: {},
  }
  return { version: '2', header }
}

/** Reports the attributes an element of this version must have (`source-language` is checked with the header). */
export function checkRequiredAttributes(ev: Open, version: XliffVersion, report: Report): void {
  const a = ev.attrs
  for (const name of REQUIRED[version][ev.name] ?? []) {
    if (name === 'source-language') continue
    if (a[name] === undefined)
      report('errors.check.missingAttribute', 'error', ev, `<${ev.name}> needs ${name}`, {
        element: ev.name,
        attribute: name,
      })
  }
}

/** The header of an XLIFF 1.2 file, from its first `<file>`. */
export function readXliff12Header(ev: Open, report: Report): ImportedHeader {
  const a = ev.attrs
  if (!a['source-language']) report('errors.import.noSrcLang', 'error', ev, '<file> has no source-language')
  const trg = a['target-language']
  checkLangs([a['source-language'], trg], ev, report)
  const header: ImportedHeader = {
    format: 'xliff-1.2',
    version: '1.2',
    sourceLang: normalizeLangTag(a['source-language'] ?? ''),
    targetLangs: trg ? [normalizeLangTag(trg)] : [],
    properties: {},
  }
  // Parallel's own attributes (prl:title, prl:unit) as XLIFF 2 files keep them.
  for (const [k, v] of Object.entries(a)) if (k.startsWith('prl:') || k === 'original') header.properties[k] = v
  return header
}

/**
 * The language pair of an XLIFF 1.2 `<file>` (each file has its own). A file in another pair than
 * the first is reported: an import takes one language pair at a time.
 */
export function readXliff12FilePart(ev: Open, index: number, header: ImportedHeader, report: Report): ImportedFilePart {
  const a = ev.attrs
  if (index > 1) checkLangs([a['source-language'], a['target-language']], ev, report)
  const part: ImportedFilePart = {
    index,
    ...(a.original ? { original: a.original } : {}),
    sourceLang: a['source-language'] ? normalizeLangTag(a['source-language']) : '',
    targetLang: a['target-language'] ? normalizeLangTag(a['target-language']) : '',
  }
  const first = { sourceLang: header.sourceLang, targetLang: header.targetLangs[0] ?? '' }
  if (index > 1 && !sameLanguagePair(part, first))
    report(
      'errors.check.otherLanguagePair',
      'warning',
      ev,
      `<file> ${index} is ${part.sourceLang || '?'} → ${part.targetLang || '?'}, the first is ${first.sourceLang} → ${first.targetLang || '?'}; an import takes one language pair`,
      { file: String(index), source: part.sourceLang, target: part.targetLang },
    )
  return part
}

/** Whether two language pairs are the same (language tags compare case-insensitively). */
export function sameLanguagePair(
  a: { sourceLang: string; targetLang: string },
  b: { sourceLang: string; targetLang: string },
): boolean {
  // As the import compares them (`en` and `en-US` are one language), so the check warns exactly where it skips.
  return sameLanguage(a.sourceLang, b.sourceLang) && sameLanguage(a.targetLang, b.targetLang)
}

/** Refuses a language attribute that is not a well-formed BCP 47 tag, naming it. */
function checkLangs(langs: Array<string | undefined>, at: { line: number; column: number }, report: Report): void {
  for (const lang of langs)
    if (lang && !isLangTag(lang))
      report('errors.language.invalid', 'error', at, `"${lang}" is not a BCP 47 tag`, { lang })
}
