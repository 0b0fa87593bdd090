// `npm run bench:schema`: what the schema step costs on a 10 MB XLIFF 2.1 file (issue "The file check tells the
// truth"): checkFile with and without it, validateSchema alone, and the process's memory. Figures only.
import { checkFile } from '@/lib/formats/check-file'
import { validateSchema } from '@/lib/formats/validate-schema'

const MB = Number(process.env.BENCH_MB ?? 10)

function xliffOf(megabytes: number): string {
  const unit = (k: number) =>
    [
      `  <unit id="u${k}">`,
      '    <originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data></originalData>',
      `    <segment id="s1" state="translated">`,
      `      <source>The quick brown fox <pc id="1" dataRefStart="d1" dataRefEnd="d2">jumps</pc> over the lazy dog ${k}.</source>`,
      `      <target>Съешь же ещё этих мягких <pc id="1" dataRefStart="d1" dataRefEnd="d2">французских</pc> булок ${k}.</target>`,
      '    </segment>',
      '  </unit>',
    ].join('\n')
  const units: string[] = []
  let size = 0
  for (let k = 0; size < megabytes * 1024 * 1024; k++) {
    units.push(unit(k))
    size += Buffer.byteLength(units[k]!) + 1
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="ru">\n<file id="f1">\n${units.join('\n')}\n</file>\n</xliff>\n`
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now()
  const value = await run()
  return [value, Math.round(performance.now() - start)]
}

const rssMb = () => Math.round(process.memoryUsage().rss / 1024 / 1024)

export async function runSchemaBench() {
  const text = xliffOf(MB)
  const bytes = Buffer.byteLength(text)
  await validateSchema('<x/>', 'xliff-2.1', 1) // load libxml2 and compile the schemas once
  // The first validation of the big file grows the WebAssembly memory, which never shrinks: that growth is the RSS
  // difference around it (the text itself was made before).
  const rssBefore = rssMb()
  const [schema, firstValidateMs] = await timed(() => validateSchema(text, 'xliff-2.1', 1000))
  const rssAfter = rssMb()
  // Then each step twice; the second run counts (the first warms the JIT up).
  const twice = async <T>(run: () => Promise<T>) => (await timed(run), timed(run))
  const [, validateMs] = await twice(() => validateSchema(text, 'xliff-2.1', 1000))
  const [withoutSchema, readerMs] = await twice(() => checkFile(text, { format: 'xliff', schemaMaxBytes: 0 }))
  const [withSchema, checkMs] = await twice(() => checkFile(text, { format: 'xliff', schemaMaxBytes: bytes }))
  const result = {
    megabytes: Number((bytes / 1024 / 1024).toFixed(1)),
    units: withSchema.units,
    firstValidateSchemaMs: firstValidateMs,
    validateSchemaMs: validateMs,
    checkWithoutSchemaMs: readerMs,
    checkWithSchemaMs: checkMs,
    schemaIssues: schema.total,
    problems: withSchema.problemCount,
    skippedWarning: withoutSchema.problems[0]?.code,
    rssBeforeValidationMb: rssBefore,
    rssAfterValidationMb: rssAfter,
    rssAtEndMb: rssMb(),
  }
  console.log(JSON.stringify(result, null, 2))
  return result
}

if (import.meta.url === `file://${process.argv[1]}`) await runSchemaBench()
