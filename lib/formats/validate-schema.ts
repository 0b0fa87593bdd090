import { loadXmlEngine, type CompiledSchema, type XmlIssue } from './libxml2-engine'
import { elementOfMessage, locateIssues } from './locate-schema-issue'
import { SCHEMA_FILES } from './schemas/schema-files'

/** The standards a document can be validated against (files in lib/formats/schemas). */
export type SchemaName = 'xliff-2.0' | 'xliff-2.1' | 'tmx-1.4'

/** A violation found by libxml2, placed on its element's start tag; `parse` marks a document libxml2 could not read. */
export type SchemaIssue = { line: number; column: number; message: string; parse: boolean }
/** The first issues (as many as asked) and how many there were in all. */
export type SchemaReport = { issues: SchemaIssue[]; total: number }

const ROOT = 'parallel-schemas:/'
const FILES = Object.fromEntries(Object.entries(SCHEMA_FILES).map(([path, text]) => [`${ROOT}${path}`, text]))

// The conventional prefixes of the XLIFF 2 module namespaces (the specification's own), for readable messages.
const PREFIXES: Record<string, string> = {
  'urn:oasis:names:tc:xliff:document:2.0': '',
  'urn:oasis:names:tc:xliff:matches:2.0': 'mtc:',
  'urn:oasis:names:tc:xliff:glossary:2.0': 'gls:',
  'urn:oasis:names:tc:xliff:fs:2.0': 'fs:',
  'urn:oasis:names:tc:xliff:metadata:2.0': 'mda:',
  'urn:oasis:names:tc:xliff:resourcedata:2.0': 'res:',
  'urn:oasis:names:tc:xliff:changetracking:2.0': 'ctr:',
  'urn:oasis:names:tc:xliff:sizerestriction:2.0': 'slr:',
  'urn:oasis:names:tc:xliff:validation:2.0': 'val:',
  'http://www.w3.org/2005/11/its': 'its:',
  'urn:oasis:names:tc:xliff:itsm:2.1': 'itsm:',
}

/** libxml2's message on one line, with `{namespace}name` shortened to the usual prefixes. */
export function readableMessage(message: string): string {
  return message
    .trim()
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\{([^}]*)\}(?=[A-Za-z_])/g, (whole, ns: string) => PREFIXES[ns] ?? whole)
}

/**
 * A schema that imports every namespace of an XLIFF catalog (core, modules, `xml:`). Module and extension
 * elements sit in `lax` wildcards, so loading every module validates exactly the modules a file uses.
 */
function xliffDriver(set: 'xliff-2.0' | 'xliff-2.1'): string {
  const catalog = SCHEMA_FILES[`${set}/catalog.xml`] ?? ''
  const imports = [...catalog.matchAll(/<uri\s+name="([^"]+)"\s+uri="([^"]+)"/g)].map(
    ([, ns, file]) => `<xs:import namespace="${ns}" schemaLocation="${file}"/>`,
  )
  if (imports.length === 0) throw new Error(`${set}/catalog.xml names no schema`)
  return `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:parallel:schema-driver">${imports.join('')}</xs:schema>`
}

const compiled = new Map<SchemaName, CompiledSchema>()

async function compile(name: SchemaName) {
  const engine = await loadXmlEngine(FILES)
  let schema = compiled.get(name)
  if (!schema) {
    schema =
      name === 'tmx-1.4'
        ? engine.compileDtd(SCHEMA_FILES['tmx/tmx14.dtd'] ?? '')
        : engine.compileXsd(xliffDriver(name), `${ROOT}${name}/driver.xsd`)
    compiled.set(name, schema)
  }
  return { engine, schema }
}

function placed(text: string, issues: XmlIssue[], parse: boolean): SchemaIssue[] {
  const sorted = [...issues].sort((a, b) => a.line - b.line)
  if (parse)
    return sorted.map((i) => ({
      line: Math.max(1, i.line),
      column: Math.max(1, i.column),
      message: readableMessage(i.message),
      parse,
    }))
  const at = locateIssues(
    text,
    sorted.map((i) => ({ line: i.line, element: elementOfMessage(i.message), node: i.node })),
  )
  return sorted.map((i, n) => ({ ...at[n]!, message: readableMessage(i.message), parse }))
}

/**
 * Validates a whole decoded document against a standard's schema (XSD) or DTD with libxml2, keeping the first `keep`
 * issues and counting them all. The document is read in memory: callers cap its size (`SCHEMA_MAX_BYTES`).
 */
export async function validateSchema(text: string, name: SchemaName, keep: number): Promise<SchemaReport> {
  const { engine, schema } = await compile(name)
  const parsed = engine.parse(text, keep)
  if ('refused' in parsed) return { issues: placed(text, parsed.refused.issues, true), total: parsed.refused.total }
  try {
    const found = engine.validate(parsed.doc, schema, keep)
    return { issues: placed(text, found.issues, false), total: found.total }
  } finally {
    parsed.doc.dispose()
  }
}
