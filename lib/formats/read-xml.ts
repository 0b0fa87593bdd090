import { SaxesParser } from 'saxes'
import { decodeXmlInput, DEFAULT_MAX_BYTES, type XmlInput } from './decode-xml-input'
import { FormatError, type FormatErrorCode, type FormatProblem } from './format-error'

export type XmlPosition = { line: number; column: number }

export type XmlEvent =
  | { kind: 'open'; name: string; attrs: Record<string, string>; line: number; column: number }
  | { kind: 'close'; name: string; line: number; column: number }
  | { kind: 'text'; text: string; line: number; column: number }

export type ReadXmlOptions = {
  /** Refuse input larger than this (bytes; default 1 GB). */
  maxBytes?: number
  /** When set, well-formedness errors are reported here and reading goes on; otherwise they throw. */
  onProblem?: (problem: FormatProblem) => void
  /** Without `onProblem`, warnings (a declared encoding the bytes contradict) are reported here. */
  onWarning?: (problem: FormatProblem) => void
  /**
   * Read element names by namespace URI (XLIFF): an element in an XLIFF namespace gets its local
   * name whatever its prefix (`<xlf:unit>` is `unit`), an element of another namespace keeps a prefix
   * (`mda:metadata`, or `ext:` for a default namespace), and attributes of Parallel's namespace are
   * `prl:` whatever the file calls it. Without it names are read as written (TMX has no namespace).
   */
  namespaces?: boolean
}

/** The namespaces whose elements are XLIFF's own (XLIFF 2.1 keeps the 2.0 core namespace). */
const XLIFF_NAMESPACES = new Set([
  'urn:oasis:names:tc:xliff:document:1.1',
  'urn:oasis:names:tc:xliff:document:1.2',
  'urn:oasis:names:tc:xliff:document:2.0',
])
/** Parallel's own XLIFF extension attributes (`prl:`). */
export const PARALLEL_XLIFF_NAMESPACE = 'urn:parallel:xliff:1'

/**
 * Resolves prefixes to namespace URIs with a stack per prefix, so a lookup costs the same at any
 * depth (saxes' own namespace mode walks a prototype chain as deep as the nesting).
 */
function createNamespaceScope(onUnbound: (prefix: string) => void) {
  const bound = new Map<string, string[]>()
  const declared: Array<string[] | null> = []
  const uriOf = (prefix: string) => {
    const stack = bound.get(prefix)
    return stack && stack.length > 0 ? stack[stack.length - 1]! : ''
  }
  const split = (qname: string) => {
    const colon = qname.indexOf(':')
    return colon < 0 ? { prefix: '', local: qname } : { prefix: qname.slice(0, colon), local: qname.slice(colon + 1) }
  }
  return {
    /** Enters an element: binds its `xmlns` declarations and gives its name and attributes as the readers know them. */
    open(name: string, attrs: Record<string, string>): { name: string; attrs: Record<string, string> } {
      let mine: string[] | null = null
      for (const key in attrs) {
        if (key !== 'xmlns' && !key.startsWith('xmlns:')) continue
        const prefix = key === 'xmlns' ? '' : key.slice(6)
        let stack = bound.get(prefix)
        if (!stack) bound.set(prefix, (stack = []))
        stack.push(attrs[key]!)
        ;(mine ??= []).push(prefix)
      }
      declared.push(mine)
      const { prefix, local } = split(name)
      const uri = uriOf(prefix)
      if (prefix && !uri) onUnbound(prefix)
      const elementName = !uri ? name : XLIFF_NAMESPACES.has(uri) ? local : `${prefix || 'ext'}:${local}`
      let out: Record<string, string> | undefined
      for (const key in attrs) {
        const colon = key.indexOf(':')
        if (colon < 0 || key.startsWith('xmlns') || key.startsWith('xml:')) continue
        const attrUri = uriOf(key.slice(0, colon))
        const rename =
          attrUri === PARALLEL_XLIFF_NAMESPACE
            ? `prl:${key.slice(colon + 1)}`
            : XLIFF_NAMESPACES.has(attrUri)
              ? key.slice(colon + 1)
              : undefined
        if (rename === undefined || rename === key) continue
        out ??= { ...attrs }
        delete out[key]
        out[rename] = attrs[key]!
      }
      return { name: elementName, attrs: out ?? attrs }
    },
    /** Leaves the innermost element, unbinding what it declared. */
    close(): void {
      for (const prefix of declared.pop() ?? []) bound.get(prefix)!.pop()
    },
  }
}

// A DOCTYPE may name an external DTD (never fetched), but may not declare entities.
const ENTITY_DECL = /<!ENTITY|%[A-Za-z_][\w.-]*;/

/**
 * Feeds the parser without stack traces: saxes makes an Error for every well-formedness problem, and
 * capturing its stack was two thirds of the time of checking a file with a bad byte in every place.
 * The write is synchronous, so the setting is restored before any other code runs.
 */
function writeQuietly(parser: SaxesParser, text: string): void {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    parser.write(text)
  } finally {
    Error.stackTraceLimit = limit
  }
}

/**
 * Streams XML events in batches, one batch per input chunk. Refuses entity declarations (XXE,
 * billion laughs), input over `maxBytes`, bad encodings and truncated files with a `FormatError`.
 */
export async function* readXml(input: XmlInput, options: ReadXmlOptions = {}): AsyncGenerator<XmlEvent[]> {
  // An undeclared prefix (`<memsource:tag>` without xmlns:memsource) is not namespace-well-formed: the
  // element is read as an extension and skipped, and the check says so, once per prefix.
  const unbound = new Set<string>()
  const warn = options.onProblem ?? options.onWarning
  const scope =
    options.namespaces === true
      ? createNamespaceScope((prefix) => {
          if (unbound.has(prefix)) return
          unbound.add(prefix)
          warn?.({
            code: 'errors.check.unboundPrefix',
            severity: 'warning',
            line: tagLine,
            column: tagColumn,
            message: `The prefix "${prefix}" is not declared (xmlns:${prefix}); its elements are skipped`,
            params: { prefix },
          })
        })
      : undefined
  const names: string[] = []
  const parser = new SaxesParser({ position: true })
  let batch: XmlEvent[] = []
  let depth = 0
  let sawRoot = false
  let tagLine = 1
  let tagColumn = 1
  const here = (): XmlPosition => ({ line: parser.line, column: parser.column + 1 })
  const fail = (code: FormatErrorCode, message: string, at: XmlPosition = here()) => {
    throw new FormatError(code, message, at)
  }
  parser.on('doctype', (doctype) => {
    if (ENTITY_DECL.test(doctype)) fail('errors.import.doctype', 'DOCTYPE declarations with entities are not accepted')
  })
  parser.on('opentagstart', (tag) => {
    tagLine = parser.line
    tagColumn = Math.max(1, parser.column - tag.name.length - 1)
  })
  parser.on('opentag', (tag) => {
    depth++
    sawRoot = true
    const plain = tag.attributes as Record<string, string>
    const { name, attrs } = scope ? scope.open(tag.name, plain) : { name: tag.name, attrs: plain }
    batch.push({ kind: 'open', name, attrs, line: tagLine, column: tagColumn })
    if (tag.isSelfClosing) {
      depth--
      scope?.close()
      batch.push({ kind: 'close', name, line: tagLine, column: tagColumn })
    } else if (scope) names.push(name)
  })
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return
    depth--
    const name = scope ? (names.pop() ?? tag.name) : tag.name
    scope?.close()
    batch.push({ kind: 'close', name, line: parser.line, column: parser.column + 1 })
  })
  const onText = (text: string) => {
    if (depth > 0) batch.push({ kind: 'text', text, line: parser.line, column: parser.column + 1 })
  }
  parser.on('text', onText)
  parser.on('cdata', onText)
  parser.on('error', (error) => {
    const message = error.message.replace(/^(?:[^:]*:)?\d+:\d+:\s*/, '')
    const problem: FormatProblem = { code: 'errors.import.malformedXml', severity: 'error', ...here(), message }
    if (!options.onProblem) throw FormatError.fromProblem(problem)
    options.onProblem(problem)
  })
  try {
    for await (const text of decodeXmlInput(input, options.maxBytes ?? DEFAULT_MAX_BYTES, {
      onWarning: options.onProblem ?? options.onWarning,
    })) {
      writeQuietly(parser, text)
      if (batch.length > 0) {
        yield batch
        batch = []
      }
    }
  } catch (error) {
    if (error instanceof FormatError && error.line === 0)
      throw new FormatError(error.code, error.message.replace(/ \(line.*$/, ''), here(), error.params)
    throw error
  }
  if (!sawRoot) fail('errors.import.empty', 'The file has no root element')
  if (depth > 0) fail('errors.import.truncated', 'The file ends before its elements are closed')
  parser.close()
  if (batch.length > 0) yield batch
}
