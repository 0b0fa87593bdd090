import type { RichDoc } from '@/lib/richtext/types'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import { createCodeMatcher } from './code-matcher'
import { docToTmx } from './doc-to-tmx'
import { normalizeLangTag } from './lang-tag'
import { formatTmxDate } from './tmx-date'
import { CREATION_TOOL, CREATION_TOOL_VERSION } from './write-tmx'
import { escapeXmlAttr, escapeXmlText } from './xml-escape'

/** A translation-memory unit to write. */
export type MemoryTmxUnit = {
  source: string
  target: string
  sourceContent: RichDoc | null
  targetContent: RichDoc | null
  origin: string
  author: string | null
  status: string
  updatedAt: Date
}

const prop = (type: string, value: string) => `<prop type="${type}">${escapeXmlText(value)}</prop>`

/**
 * Streams the units of one memory as a bilingual TMX 1.4b file: formatting as TMX inline codes, the
 * origin and status as properties, the author and time on the target.
 */
export async function* writeMemoryTmx(
  units: AsyncIterable<MemoryTmxUnit>,
  options: { srcLang: string; tgtLang: string; createdAt: Date },
): AsyncGenerator<string> {
  const src = escapeXmlAttr(normalizeLangTag(options.srcLang))
  const tgt = escapeXmlAttr(normalizeLangTag(options.tgtLang))
  yield (
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n' +
    `<header creationtool="${CREATION_TOOL}" creationtoolversion="${CREATION_TOOL_VERSION}" segtype="sentence" ` +
    `o-tmf="${CREATION_TOOL}" adminlang="en" srclang="${src}" datatype="html" o-encoding="UTF-8" ` +
    `creationdate="${formatTmxDate(options.createdAt)}"/>\n<body>\n`
  )
  const matcher = createCodeMatcher()
  for await (const unit of units) {
    matcher.startUnit()
    const author = unit.author ? ` changeid="${escapeXmlAttr(unit.author)}"` : ''
    yield (
      `<tu>${prop('x-origin', unit.origin)}${prop('x-status', unit.status)}` +
      `<tuv xml:lang="${src}"><seg>${docToTmx(unit.sourceContent ?? textToDoc(unit.source), matcher)}</seg></tuv>` +
      `<tuv xml:lang="${tgt}" changedate="${formatTmxDate(unit.updatedAt)}"${author}>` +
      `<seg>${docToTmx(unit.targetContent ?? textToDoc(unit.target), matcher)}</seg></tuv></tu>\n`
    )
  }
  yield '</body>\n</tmx>\n'
}
