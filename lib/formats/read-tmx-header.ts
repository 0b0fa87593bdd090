import type { ImportedHeader } from './imported-unit'
import { isLangTag, normalizeLangTag } from './lang-tag'
import type { Report } from './problem-sink'
import type { XmlEvent } from './read-xml'
import { parseTmxDate } from './tmx-date'

// The TMX root and <header>: the version, the attributes TMX requires, the source language and dates.

type Open = Extract<XmlEvent, { kind: 'open' }>
const HEADER_REQUIRED = ['creationtool', 'creationtoolversion', 'segtype', 'o-tmf', 'adminlang', 'srclang', 'datatype']
const SEGTYPES = new Set(['block', 'paragraph', 'sentence', 'phrase'])

/** Warns about a TMX version other than 1.1–1.4b; returns the version as written. */
export function readTmxVersion(ev: Open, report: Report): string {
  const version = ev.attrs.version ?? ''
  if (!/^1\.[1-4]b?$/.test(version))
    report('errors.check.invalidAttribute', 'warning', ev, `TMX version "${version}" is not 1.1–1.4b`, {
      attribute: 'version',
    })
  return version
}

/** Warns about a creation, change or last-usage date that is not `YYYYMMDDThhmmssZ`. */
export function checkDates(attrs: Record<string, string>, at: Open, report: Report) {
  for (const name of ['creationdate', 'changedate', 'lastusagedate']) {
    const value = attrs[name]
    if (value !== undefined && !parseTmxDate(value))
      report('errors.check.invalidAttribute', 'warning', at, `${name}="${value}" is not YYYYMMDDThhmmssZ`, {
        attribute: name,
      })
  }
}

/** The file's header: required attributes, a well-formed `srclang`, a known `segtype`, dates. */
export function readTmxHeader(ev: Open, report: Report, version: string): ImportedHeader {
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
