import { parseArgs } from 'node:util'
import { getDocumentMeta } from '@/lib/db/documents'
import { getExportSource } from '@/lib/db/export-source'
import { checkExportLanguages, ExportRequestSchema, toExportOptions, writeExport } from '@/lib/exchange/export-request'
import { englishIssues, fail, openCliDb } from '../cli-support'

const USAGE =
  'usage: cli export --document ID --format tmx|tmx-multi|json|jsonl|xliff|xliff12 [--langs ru,ko] [--status all|translated|approved]\n' +
  '                  [--unit paragraph|sentence] [--plain] [--empty] [--unaligned] > out.tmx\n' +
  'Reads PostgreSQL when DATABASE_URL is set, else the PGlite folder (PARALLEL_DATA_DIR), through the app when it runs.\n'

/** Writes a chunk to stdout, waiting when the pipe is full. */
function write(chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (process.stdout.write(chunk, (error) => (error ? reject(error) : undefined))) resolve()
    else process.stdout.once('drain', resolve)
  })
}

/** `cli export`: streams a document's export to stdout; errors go to stderr with a non-zero exit. */
export async function run(args: string[]): Promise<number> {
  let values: Record<string, string | boolean | undefined>
  try {
    ;({ values } = parseArgs({
      args,
      options: {
        document: { type: 'string' },
        format: { type: 'string' },
        langs: { type: 'string' },
        status: { type: 'string' },
        unit: { type: 'string' },
        plain: { type: 'boolean' },
        empty: { type: 'boolean' },
        unaligned: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }))
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, 2)
  }
  if (values.help) return fail(USAGE, 0)
  if (typeof values.document !== 'string') return fail(`--document is required\n${USAGE}`, 2)
  const parsed = ExportRequestSchema.safeParse({
    format: values.format,
    langs: values.langs,
    status: values.status,
    unit: values.unit,
    formatted: values.plain ? '0' : '1',
    empty: values.empty ? '1' : '0',
    unaligned: values.unaligned ? '1' : '0',
  })
  // An issue's path starts with its option (`langs`, 1: the second language of --langs).
  if (!parsed.success)
    return fail(`${await englishIssues(parsed.error.issues, ([option]) => `--${String(option)}`)}\n${USAGE}`, 2)
  const { db, close } = await openCliDb()
  try {
    const meta = await getDocumentMeta(db, values.document)
    if (!meta) return fail(`No document with id ${values.document}`)
    const refused = checkExportLanguages(parsed.data, meta.langs)
    if (refused) {
      return fail(
        refused.code === 'export.bilingual'
          ? `${refused.params.format} is bilingual: choose exactly one language with --langs (the document has ${meta.langs.join(', ') || 'none'})`
          : `Choose languages the document has: ${meta.langs.join(', ') || 'none'} (got ${refused.params.lang || 'none'})`,
      )
    }
    const options = toExportOptions(parsed.data, meta.langs, new Date())
    const source = await getExportSource(db, {
      documentId: meta.id,
      languages: options.languages,
      unit: parsed.data.unit,
    })
    for await (const chunk of writeExport(parsed.data.format, source!, options)) await write(chunk)
    return 0
  } finally {
    await close()
  }
}
