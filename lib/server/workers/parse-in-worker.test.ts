import { MessagePort } from 'node:worker_threads'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { checkExchangeFile, readJsonDocument } from '@/lib/exchange/check-exchange-file'
import type { XmlInput } from '@/lib/formats/decode-xml-input'
import { FormatError } from '@/lib/formats/format-error'
import type { ImportEvent } from '@/lib/formats/imported-unit'
import { readTmx } from '@/lib/formats/read-tmx'
import { readXliff } from '@/lib/formats/read-xliff'
import { FIXED_DATE, sampleDocument } from '@/lib/formats/test-fixtures/sample-document'
import { collect } from '@/lib/formats/test-fixtures/tools'
import { writeJson } from '@/lib/formats/write-json'
import { writeXliff } from '@/lib/formats/write-xliff'
import { runCpuTask, workerPool } from './cpu-pool'
import { readGlossaryFile } from '@/lib/glossary/read-glossary-file'
import { planDocumentFromJson } from '@/lib/exchange/plan-json-import'
import { isAppError } from '@/lib/errors'
import { prepareArticle, prepareTitledArticle } from '@/lib/import/prepare-article'
import {
  checkExchangeFileInWorker,
  planJsonImportInWorker,
  prepareArticleInWorker,
  prepareTitledArticleInWorker,
  readImportEventsInWorker,
} from './parse-in-worker'

const HEADER =
  '<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en-US" datatype="rtf"/>'
const HEAD = `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">${HEADER}<body>\n`
const TAIL = '</body></tmx>\n'
const tu = (k: number, lang = 'de') =>
  `<tu tuid="${k}"><tuv xml:lang="en-US"><seg>Unit ${k} of the <bpt i="1">&lt;b&gt;</bpt>source<ept i="1">&lt;/b&gt;</ept> &amp; more.</seg></tuv>` +
  `<tuv xml:lang="${lang}"><seg>Einheit ${k}.</seg></tuv></tu>\n`
const tmx = (units: number, at = 0) => HEAD + Array.from({ length: units }, (_, k) => tu(at + k)).join('') + TAIL

async function eventsOf(events: AsyncIterable<ImportEvent>): Promise<ImportEvent[]> {
  const out: ImportEvent[] = []
  for await (const event of events) out.push(event)
  return out
}

/** What a read threw, and how many units came before it. */
async function failureOf(events: AsyncIterable<ImportEvent>): Promise<{ error: unknown; units: number }> {
  let units = 0
  try {
    for await (const event of events) if (event.kind === 'unit') units++
  } catch (error) {
    return { error, units }
  }
  throw new Error('the read did not fail')
}

const fieldsOf = (error: unknown) => {
  const e = error as FormatError
  return { name: e.name, message: e.message, code: e.code, line: e.line, column: e.column, params: e.params }
}

// The worker path whatever the environment says (the in-thread path stubs PARALLEL_CPU_WORKERS=0 itself).
beforeEach(() => {
  vi.stubEnv('PARALLEL_CPU_WORKERS', undefined)
})

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('readImportEventsInWorker', () => {
  test('parses a big TMX in a worker thread: timers keep firing on this thread between its first unit and its last', async () => {
    const file = tmx(10_000)
    /** Timer ticks on this thread from the first unit read to the last. */
    const ticksWhileReading = async (events: AsyncIterable<ImportEvent>) => {
      let hasStarted = false
      let ticks = 0
      let units = 0
      const timer = setInterval(() => {
        if (hasStarted) ticks++
      }, 1)
      try {
        for await (const event of events) {
          if (event.kind !== 'unit') continue
          hasStarted = true
          units++
        }
      } finally {
        clearInterval(timer)
      }
      return { ticks, units }
    }
    const inWorker = await ticksWhileReading(readImportEventsInWorker('tmx', file, { maxBytes: 1024 ** 3 }))
    expect(inWorker.units).toBe(10_000)
    expect(inWorker.ticks).toBeGreaterThan(0)
    // In this thread (PARALLEL_CPU_WORKERS=0, as before) the reader yields the units of one chunk with no timer
    // in between: the event loop is held from the first unit to the last.
    vi.stubEnv('PARALLEL_CPU_WORKERS', '0')
    expect(await ticksWhileReading(readImportEventsInWorker('tmx', file, { maxBytes: 1024 ** 3 }))).toEqual({
      ticks: 0,
      units: 10_000,
    })
  })

  test('gives the same events as the readers in this thread, dates and rich text included', async () => {
    const file = tmx(1_200)
    expect(await eventsOf(readImportEventsInWorker('tmx', file, { maxBytes: 1024 ** 3 }))).toEqual(
      await eventsOf(readTmx(file)),
    )
    const xliff = await collect(writeXliff(sampleDocument(['ru']), { createdAt: FIXED_DATE }))
    const inWorker = await eventsOf(readImportEventsInWorker('xliff', xliff, { maxBytes: 1024 ** 3 }))
    expect(inWorker).toEqual(await eventsOf(readXliff(xliff)))
    expect(inWorker.filter((e) => e.kind === 'unit').length).toBeGreaterThan(0)
  })

  test('the header’s target languages grow as the worker meets them, as they do in this thread', async () => {
    const file = HEAD + tu(1, 'de') + tu(2, 'fr') + tu(3, 'de') + tu(4, 'ja') + TAIL
    const seen: string[][] = []
    let header: Extract<ImportEvent, { kind: 'header' }>['header'] | undefined
    for await (const event of readImportEventsInWorker('tmx', file, { maxBytes: 1024 ** 3 })) {
      if (event.kind === 'header') header = event.header
      else {
        expect(header!.targetLangs).toContain(event.unit.targets[0]!.lang)
        seen.push([...header!.targetLangs])
      }
    }
    expect(header!.targetLangs).toEqual(['de', 'fr', 'ja'])
    expect(seen.at(-1)).toEqual(['de', 'fr', 'ja'])
  })

  const bigBody = Array.from({ length: 2_000 }, (_, k) => tu(k)).join('')
  const cases: Array<[string, XmlInput, number?]> = [
    [
      'malformed XML after 2,000 units',
      `${HEAD}${bigBody}<tu><tuv xml:lang="en-US"><seg>a < b</seg></tuv></tu>${TAIL}`,
    ],
    ['a misplaced element after 2,000 units', `${HEAD}${bigBody}<tuv xml:lang="de"><seg>x</seg></tuv>${TAIL}`],
    [
      'a DOCTYPE that declares entities (billion laughs)',
      `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n<tmx version="1.4">${HEADER}<body>&b;</body></tmx>`,
    ],
    ['a truncated file', (HEAD + bigBody).slice(0, -40)],
    ['deep nesting', `${HEAD}${'<tu>'.repeat(50_000)}${'</tu>'.repeat(50_000)}${TAIL}`],
    ['a file over the size limit', new TextEncoder().encode(tmx(200)), 1000],
    [
      'an invalid byte for its encoding',
      Uint8Array.from([...new TextEncoder().encode(`${HEAD}${bigBody}<tu><tuv xml:lang="en-US"><seg>caf`), 0xe9]),
    ],
  ]
  test.each(cases)(
    '%s gives the same FormatError (code, message, line, column) from the worker as in this thread',
    async (_name, input, maxBytes = 1024 ** 3) => {
      const inWorker = await failureOf(readImportEventsInWorker('tmx', input, { maxBytes }))
      const inThread = await failureOf(readTmx(input, { maxBytes }))
      expect(inThread.error).toBeInstanceOf(FormatError)
      expect(inWorker.error).toBeInstanceOf(FormatError)
      expect(fieldsOf(inWorker.error)).toEqual(fieldsOf(inThread.error))
      expect(inWorker.units).toBe(inThread.units)
    },
  )

  test('an error reading the upload is thrown as it is, and the worker stops', async () => {
    const lost = new Error('the connection was lost')
    async function* upload() {
      yield new TextEncoder().encode(tmx(50).slice(0, -TAIL.length))
      throw lost
    }
    const { error, units } = await failureOf(readImportEventsInWorker('tmx', upload(), { maxBytes: 1024 ** 3 }))
    expect(error).toBe(lost)
    expect(units).toBe(50)
    await vi.waitFor(() => expect(workerPool('parse').stats().busy).toBe(0))
  })

  test('an upload that fails after many chunks: every unit before the failure comes first, then its error', async () => {
    const lost = new Error('the connection was lost')
    async function* upload() {
      yield HEAD
      for (let chunk = 0; chunk < 200; chunk++) yield Array.from({ length: 50 }, (_, k) => tu(chunk * 50 + k)).join('')
      throw lost
    }
    const { error, units } = await failureOf(readImportEventsInWorker('tmx', upload(), { maxBytes: 1024 ** 3 }))
    expect(error).toBe(lost)
    expect(units).toBe(10_000)
    await vi.waitFor(() => expect(workerPool('parse').stats().busy).toBe(0))
  })

  test('a caller that stops early stops the worker and lets go of the upload; the next read works', async () => {
    let isReleased = false
    async function* upload() {
      try {
        yield HEAD
        for (let k = 0; ; k++) yield tu(k)
      } finally {
        isReleased = true
      }
    }
    for await (const event of readImportEventsInWorker('tmx', upload(), { maxBytes: 1024 ** 3 }))
      if (event.kind === 'unit') break
    await vi.waitFor(() => expect(isReleased).toBe(true))
    await vi.waitFor(() => expect(workerPool('parse').stats().busy).toBe(0))
    expect((await eventsOf(readImportEventsInWorker('tmx', tmx(3), { maxBytes: 1024 ** 3 }))).length).toBe(4)
  })

  test('small chunks go to the worker joined: a chunk a unit is not a round trip a unit', async () => {
    async function* upload() {
      yield HEAD
      for (let k = 0; k < 5_000; k++) yield tu(k)
      yield TAIL
    }
    const posted = vi.spyOn(MessagePort.prototype, 'postMessage')
    try {
      const events = await eventsOf(readImportEventsInWorker('tmx', upload(), { maxBytes: 1024 ** 3 }))
      expect(events).toEqual(await eventsOf(readTmx(tmx(5_000))))
      const chunks = posted.mock.calls.filter(([message]) => (message as { type?: string }).type === 'chunk')
      // About 1.1 MB of text in 5,002 pieces: some twenty chunks of 64 KB.
      expect(chunks.length).toBeGreaterThan(1)
      expect(chunks.length).toBeLessThan(40)
    } finally {
      posted.mockRestore()
    }
  })

  test('reads only a few batches ahead of a slow caller, so memory stays flat', async () => {
    let pulled = 0
    async function* upload() {
      yield HEAD
      for (let chunk = 0; chunk < 200; chunk++) {
        pulled++
        yield Array.from({ length: 50 }, (_, k) => tu(chunk * 50 + k)).join('')
      }
      yield TAIL
    }
    let units = 0
    for await (const event of readImportEventsInWorker('tmx', upload(), { maxBytes: 1024 ** 3 })) {
      if (event.kind !== 'unit') continue
      // The caller takes its time over the first unit (a database write): the worker waits for it.
      if (units++ === 0) await new Promise((resolve) => setTimeout(resolve, 300))
      if (units === 1) expect(pulled).toBeLessThan(50)
    }
    expect(units).toBe(10_000)
    expect(pulled).toBe(200)
  })

  test('with PARALLEL_CPU_WORKERS=0 it reads in this thread and starts no worker', async () => {
    const started = workerPool('parse').stats().started
    vi.stubEnv('PARALLEL_CPU_WORKERS', '0')
    const events = await eventsOf(readImportEventsInWorker('tmx', tmx(20), { maxBytes: 1024 ** 3 }))
    expect(events.length).toBe(21)
    const error = await failureOf(readImportEventsInWorker('tmx', tmx(20).slice(0, -40), { maxBytes: 1024 ** 3 }))
    expect(fieldsOf(error.error)).toMatchObject({ code: 'errors.import.truncated' })
    expect(workerPool('parse').stats().started).toBe(started)
  })
})

describe('checkExchangeFileInWorker and planJsonImportInWorker', () => {
  test('a file’s check in a worker (its schema check included) gives the same report as in this thread', async () => {
    // A <tu> without <tuv> breaks the TMX 1.4b DTD: a warning with its line; a misplaced <tuv> is the reader's error.
    const file = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<tmx version="1.4">${HEADER.replace('srclang="en-US"', 'srclang="en"')}`,
      '<body><tu><tuv xml:lang="en"><seg>One</seg></tuv><tuv xml:lang="de"><seg>Eins</seg></tuv></tu>',
      '<tu><note>no variants</note></tu></body></tmx>',
    ].join('\n')
    const report = await checkExchangeFileInWorker(file, 'tmx', 1024 ** 2)
    expect(report).toEqual(await checkExchangeFile(file, 'tmx', 1024 ** 2))
    expect(report.problems.map((p) => [p.code, p.line])).toContainEqual(['check.schema', 4])
    const broken = file.replace('<body>', '<body><tuv xml:lang="de"/>').slice(0, -20)
    const brokenReport = await checkExchangeFileInWorker(broken, 'tmx', 1024 ** 2)
    expect(brokenReport).toEqual(await checkExchangeFile(broken, 'tmx', 1024 ** 2))
    expect(brokenReport.ok).toBe(false)
  })

  test('a project JSON file read and planned in a worker gives the same plan; a broken one the same error', async () => {
    const json = await collect(writeJson(sampleDocument(), { createdAt: FIXED_DATE }))
    const plan = await planJsonImportInWorker(json, 1024 ** 3, 'a.json')
    expect(plan).toEqual(planDocumentFromJson(await readJsonDocument(json, 1024 ** 3), 'a.json'))
    expect(plan.translations.map((t) => t.lang)).toEqual(['ru', 'ko', 'ar'])
    expect(plan.translations[0]!.links.length).toBeGreaterThan(0)
    const broken = json.replace('"links"', '"links" 1')
    const inWorker = await planJsonImportInWorker(broken, 1024 ** 3, 'a.json').catch((e: unknown) => e)
    expect(inWorker).toBeInstanceOf(FormatError)
    expect(fieldsOf(inWorker)).toEqual(fieldsOf(await readJsonDocument(broken, 1024 ** 3).catch((e: unknown) => e)))
    expect(fieldsOf(inWorker)).toMatchObject({ code: 'errors.import.invalidJson' })
  })
})

describe('prepareArticleInWorker and prepareTitledArticleInWorker', () => {
  test('a Markdown article is read in a worker thread: timers keep firing here meanwhile, the paragraphs are the same', async () => {
    const markdown = Array.from(
      { length: 4_000 },
      (_, k) => `Paragraph *${k}* with **bold** and a [link](https://example.org/${k}).`,
    ).join('\n\n')
    const article = { kind: 'text' as const, text: markdown, format: 'markdown' as const }
    let ticks = 0
    const timer = setInterval(() => ticks++, 1)
    const paragraphs = await prepareArticleInWorker(article, 1024 ** 3).finally(() => clearInterval(timer))
    expect(ticks).toBeGreaterThan(0)
    expect(paragraphs).toEqual(await prepareArticle(article, 1024 ** 3))
    expect(paragraphs).toHaveLength(4_000)
  })

  test('a refusal crosses from the worker as the same AppError, and a file keeps its title', async () => {
    const hostile = { kind: 'text' as const, text: '*a '.repeat(100), format: 'markdown' as const }
    const refused = await prepareArticleInWorker(hostile, 1024 ** 2).catch((e: unknown) => e)
    expect(isAppError(refused) && refused.code).toBe('import.markdownTooComplex')
    const file = { kind: 'file' as const, bytes: new TextEncoder().encode('# Title\n\nBody.'), fileName: 'a.md' }
    expect(await prepareTitledArticleInWorker(file, 1024 ** 2)).toEqual(await prepareTitledArticle(file, 1024 ** 2))
    expect((await prepareTitledArticleInWorker(file, 1024 ** 2)).title).toBe('Title')
  })
})

describe('readGlossaryFile in the parse pool', () => {
  test('a large CSV glossary is read in a worker thread: timers keep firing here, the rows and refusals are the same', async () => {
    const pair = { srcLang: 'en', tgtLang: 'de' }
    const csv = new TextEncoder().encode(
      'source,target\n' + Array.from({ length: 50_000 }, (_, k) => `term ${k},Begriff ${k}`).join('\n'),
    )
    let ticks = 0
    const timer = setInterval(() => ticks++, 1)
    const read = await runCpuTask('readGlossaryFile', { bytes: csv, format: 'csv', pair }).finally(() =>
      clearInterval(timer),
    )
    expect(ticks).toBeGreaterThan(0)
    expect(read).toEqual(await readGlossaryFile(csv, 'csv', pair))
    const latin1 = new Uint8Array([0x61, 0x2c, 0xe9, 0x0a])
    const refused = await runCpuTask('readGlossaryFile', { bytes: latin1, format: 'csv', pair }).catch(
      (e: unknown) => e,
    )
    expect(isAppError(refused) && [refused.code, refused.details]).toEqual([
      'glossary.invalidFile',
      { format: 'csv', reason: 'encoding' },
    ])
  })
})
