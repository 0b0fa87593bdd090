// libxml2 (WebAssembly, the `libxml2-wasm` package) behind four calls: register the schema files, compile an XSD or a
// DTD, parse a document, validate it. Loaded on first use, so code that never validates never pays for the module.
//
// The package's public `validate()` records an XPath for every error, and libxml2 builds it by counting the node's
// siblings: a file with an error in each of n sibling units costs O(n²) (100,000 errors: 9 minutes instead of under
// a second). So errors are collected here with the package's own exports that its d.ts leaves out (`addFunction`,
// the validation contexts, `_ptr`); the version is pinned exactly and `validate-schema.test.ts` runs this path.
import type * as Libxml2 from 'libxml2-wasm'

/**
 * One diagnostic from libxml2: the line it names (0 when none), its level (1 warning, 2 error, 3 fatal) and the node
 * it is about (a pointer, 0 when none: it tells two elements with the same name on one line apart).
 */
export type XmlIssue = { line: number; column: number; message: string; level: number; node: number }
/** The first `keep` diagnostics of a run and how many there were in all. */
export type XmlIssues = { issues: XmlIssue[]; total: number }

type Pointer = number
type Raw = {
  addFunction(fn: (context: Pointer, error: Pointer) => void, signature: 'vii'): Pointer
  xmlSchemaNewValidCtxt(schema: Pointer): Pointer
  xmlSchemaSetValidStructuredErrors(ctxt: Pointer, handler: Pointer, data: Pointer): void
  xmlSchemaValidateDoc(ctxt: Pointer, doc: Pointer): number
  xmlSchemaFreeValidCtxt(ctxt: Pointer): void
  xmlNewParserCtxt(): Pointer
  xmlCtxtSetErrorHandler(ctxt: Pointer, handler: Pointer, data: Pointer): void
  xmlCtxtValidateDtd(ctxt: Pointer, doc: Pointer, dtd: Pointer): number
  xmlFreeParserCtxt(ctxt: Pointer): void
  XmlErrorStruct: {
    message(error: Pointer): string
    level(error: Pointer): number
    line(error: Pointer): number
    col(error: Pointer): number
    node(error: Pointer): Pointer
  }
}
const pointer = (owner: object): Pointer => (owner as { _ptr: Pointer })._ptr

/** A compiled schema: an XSD (with its imports) or a DTD. */
export type CompiledSchema = { kind: 'xsd'; schema: Libxml2.XsdValidator } | { kind: 'dtd'; dtd: Libxml2.XmlDtd }
/** A parsed document, or libxml2's reasons for refusing it. Dispose a document after use. */
export type Parsed = { doc: Libxml2.XmlDocument } | { refused: XmlIssues }

export type XmlEngine = {
  /** Parses an XSD whose imports resolve through the registered files, from its own URL. */
  compileXsd(text: string, url: string): CompiledSchema
  compileDtd(text: string): CompiledSchema
  /** Parses a decoded document without fetching anything or expanding entities beyond XML's own. */
  parse(text: string, keep: number): Parsed
  /** Validates a parsed document; keeps the first `keep` errors and counts the rest. */
  validate(doc: Libxml2.XmlDocument, schema: CompiledSchema, keep: number): XmlIssues
}

function detailsOf(error: unknown, keep: number): XmlIssues {
  const details = (error as { details?: Libxml2.ErrorDetail[] }).details ?? []
  const errors = details.filter((d) => d.level >= 2)
  const issues = errors
    .slice(0, keep)
    .map((d) => ({ line: d.line, column: d.col, message: d.message, level: d.level, node: 0 }))
  return { issues, total: errors.length }
}

async function load(files: Record<string, string>): Promise<XmlEngine> {
  const [api, internals] = await Promise.all([import('libxml2-wasm'), import('libxml2-wasm/lib/libxml2.mjs')])
  const raw = internals as unknown as Raw
  for (const name of ['addFunction', 'xmlSchemaNewValidCtxt', 'xmlSchemaValidateDoc', 'xmlCtxtValidateDtd'] as const)
    if (typeof raw[name] !== 'function')
      throw new Error(`libxml2-wasm no longer exports ${name}: see docs/decisions/013-schema-validation.md`)
  const encoder = new TextEncoder()
  const buffers = Object.fromEntries(Object.entries(files).map(([url, text]) => [url, encoder.encode(text)]))
  api.xmlRegisterInputProvider(new api.XmlBufferInputProvider(buffers))

  let sink: (error: Pointer) => void = () => {}
  const collector = raw.addFunction((_context, error) => sink(error), 'vii')
  // Reads the message only of the errors kept: the text crosses from WebAssembly memory once per kept error.
  const collect = (run: (handler: Pointer) => number, keep: number): XmlIssues => {
    const issues: XmlIssue[] = []
    let total = 0
    sink = (error) => {
      if (raw.XmlErrorStruct.level(error) < 2) return
      total++
      if (issues.length < keep)
        issues.push({
          line: raw.XmlErrorStruct.line(error),
          column: raw.XmlErrorStruct.col(error),
          message: raw.XmlErrorStruct.message(error),
          level: raw.XmlErrorStruct.level(error),
          node: raw.XmlErrorStruct.node(error),
        })
    }
    let failed: boolean
    try {
      failed = run(collector) < 0
    } finally {
      sink = () => {}
    }
    // A failure without a diagnostic (out of memory, an internal error) must not read as a valid file.
    if (failed && total === 0)
      return {
        issues: [{ line: 0, column: 0, message: 'libxml2 could not validate the file', level: 3, node: 0 }],
        total: 1,
      }
    return { issues, total }
  }
  const options =
    api.ParseOption.XML_PARSE_NONET | api.ParseOption.XML_PARSE_NO_XXE | api.ParseOption.XML_PARSE_BIG_LINES

  return {
    compileXsd(text, url) {
      const doc = api.XmlDocument.fromString(text, { url, option: options })
      try {
        return { kind: 'xsd', schema: api.XsdValidator.fromDoc(doc) }
      } finally {
        doc.dispose()
      }
    },
    compileDtd(text) {
      return { kind: 'dtd', dtd: api.XmlDtd.fromString(text) }
    },
    parse(text, keep) {
      try {
        return { doc: api.XmlDocument.fromString(text, { encoding: 'utf-8', option: options }) }
      } catch (error) {
        if (error instanceof api.XmlParseError) return { refused: detailsOf(error, keep) }
        throw error
      }
    },
    validate(doc, compiled, keep) {
      if (compiled.kind === 'xsd') {
        const ctxt = raw.xmlSchemaNewValidCtxt(pointer(compiled.schema))
        try {
          return collect((handler) => {
            raw.xmlSchemaSetValidStructuredErrors(ctxt, handler, 0)
            return raw.xmlSchemaValidateDoc(ctxt, pointer(doc))
          }, keep)
        } finally {
          raw.xmlSchemaFreeValidCtxt(ctxt)
        }
      }
      const ctxt = raw.xmlNewParserCtxt()
      try {
        return collect((handler) => {
          raw.xmlCtxtSetErrorHandler(ctxt, handler, 0)
          return raw.xmlCtxtValidateDtd(ctxt, pointer(doc), pointer(compiled.dtd)) === 1 ? 0 : 1
        }, keep)
      } finally {
        raw.xmlFreeParserCtxt(ctxt)
      }
    },
  }
}

let engine: Promise<XmlEngine> | undefined

/**
 * The libxml2 engine, loaded once per process with `files` (URL → text) as the only files it can open.
 * WebAssembly memory only grows: after a document of n MB the process keeps about 7n MB for its lifetime.
 */
export function loadXmlEngine(files: Record<string, string>): Promise<XmlEngine> {
  engine ??= load(files).catch((error: unknown) => {
    engine = undefined
    throw error
  })
  return engine
}
