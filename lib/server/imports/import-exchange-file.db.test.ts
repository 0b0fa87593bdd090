import { readdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { seedDemo } from '@/prisma/seed'
import { findCoverageProblem } from '@/lib/alignment-ops/validate-links'
import { toExportOptions, writeExport, type ExportFormat } from '@/lib/exchange/export-request'
import { collect, validateTmx } from '@/lib/formats/test-fixtures/tools'
import type { Db } from '@/lib/db/client'
import { getExportSource } from '@/lib/db/export-source'
import { writeImportPlan } from './write-import-plan'
import { importExchangeFile } from './import-exchange-file'
import { getImportJob, getImportJobInput } from '@/lib/db/import-jobs'
import { queueFileImport } from '@/lib/server/jobs/import-worker'
import { importTestWorker } from '@/lib/server/jobs/test/import-test-worker'
import { runImportJob } from './run-import-job'
import { emptySegment } from '@/lib/exchange/import-plan'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import { saveSegment } from '@/lib/server/segments/save-segment'
import { createTranslation, getTranslation } from '@/lib/db/translations'
import type { Actor } from '@/lib/auth/permissions'
import { testBackends } from '@/lib/db/test/test-databases'
import { createTestDocument, createTestActor, oneToOneRows } from '@/lib/db/test/factories'
import { insertTranslation } from '@/lib/db/insert-translation'

const NOW = new Date('2026-01-02T03:04:05Z')
const MAX = 10 * 1024 * 1024

const tmxOf = (units: Array<[string, string]>, header = 'srclang="en"') =>
  '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="paragraph" o-tmf="t" adminlang="en" ' +
  `${header} datatype="plaintext"/><body>` +
  units
    .map(([en, ru]) => `<tu><tuv xml:lang="en"><seg>${en}</seg></tuv><tuv xml:lang="ru"><seg>${ru}</seg></tuv></tu>`)
    .join('\n') +
  '</body></tmx>\n'

async function exportText(
  db: Db,
  documentId: string,
  format: ExportFormat,
  langs: string[],
  extra: { empty?: boolean; unaligned?: boolean } = {},
) {
  const options = toExportOptions(
    {
      format,
      langs,
      status: 'all',
      unit: 'paragraph',
      formatted: true,
      empty: extra.empty ?? false,
      unaligned: extra.unaligned ?? false,
    },
    langs,
    NOW,
  )
  const source = await getExportSource(db, { documentId, languages: langs, pageSize: 3 })
  return collect(writeExport(format, source!, options))
}

async function countRows(db: Db) {
  const [documents, paragraphs, translations, segments, links] = await Promise.all([
    db.document.count(),
    db.sourceParagraph.count(),
    db.translation.count(),
    db.targetSegment.count(),
    db.alignmentLink.count(),
  ])
  return { documents, paragraphs, translations, segments, links }
}

describe.each(testBackends())('exchange with the database on $name', ({ open }) => {
  let db: Db
  let actor: Actor
  let sampleId: string
  beforeAll(async () => {
    db = await open()
    actor = await createTestActor(db)
    sampleId = (await seedDemo(db)).id
  })
  afterAll(async () => db.$disconnect())

  test('the sample article with its Russian translation exports as TMX valid against the 1.4b DTD', async () => {
    const tmx = await exportText(db, sampleId, 'tmx', ['ru'])
    expect(validateTmx(tmx)).toBe('')
    expect(tmx).toContain('srclang="en"')
    expect(tmx).toContain('Первый визит корейского руководителя')
    expect(tmx).toContain('changeid="Parallel"')
    // Seven Russian segments have text; empty ones are left out by default.
    expect(tmx.match(/<tu /g)).toHaveLength(7)
  })

  /** Three paragraphs; Korean has them all, Russian leaves the middle one empty. */
  async function documentWithGap() {
    const { id } = await createTestDocument(db, ['One.', 'Two.', 'Three.'], 'Gap')
    const texts: Record<string, string[]> = { ko: ['하나.', '둘.', '셋.'], ru: ['Один.', '', 'Три.'] }
    for (const [lang, values] of Object.entries(texts)) {
      await createTranslation(db, { documentId: id, lang })
      const view = await getTranslation(db, { documentId: id, lang })
      for (const [i, text] of values.entries()) {
        const target = view!.rows[i]!.targets[0]!
        if (text)
          await saveSegment(db, { segmentId: target.id, version: target.version, content: textToDoc(text) }, actor)
      }
    }
    return id
  }

  async function coverageOf(documentId: string, lang: string) {
    const translation = await db.translation.findFirstOrThrow({
      where: { documentId, lang },
      select: {
        links: { orderBy: { position: 'asc' }, select: { id: true, sourceIds: true, targetIds: true } },
        segments: { orderBy: { position: 'asc' }, select: { id: true, text: true, status: true } },
      },
    })
    const paragraphs = await db.sourceParagraph.findMany({
      where: { documentId },
      orderBy: { position: 'asc' },
      select: { id: true, text: true },
    })
    const links = translation.links.map((l) => ({
      id: l.id,
      sources: l.sourceIds,
      targets: l.targetIds,
      confidence: null,
      confirmed: true,
      origin: 'init' as const,
    }))
    return {
      problem: findCoverageProblem(
        links,
        paragraphs.map((p) => p.id),
        translation.segments.map((s) => s.id),
      ),
      paragraphs,
      segments: translation.segments,
    }
  }

  test('a JSON export without empty segments imports with every paragraph covered by every translation', async () => {
    const documentId = await documentWithGap()
    const file = await exportText(db, documentId, 'json', ['ko', 'ru'])
    const imported = await importExchangeFile(
      db,
      { input: new TextEncoder().encode(file), format: 'json', fileName: 'gap.json', maxBytes: MAX },
      actor,
    )
    const ko = await coverageOf(imported.documentId, 'ko')
    const ru = await coverageOf(imported.documentId, 'ru')
    expect(ko.paragraphs.map((p) => p.text)).toEqual(['One.', 'Two.', 'Three.'])
    expect(ko.problem).toBeNull()
    expect(ru.problem).toBeNull()
    expect(ru.segments.map((s) => [s.text, s.status])).toEqual([
      ['Один.', 'draft'],
      ['', 'empty'],
      ['Три.', 'draft'],
    ])
  })

  test('an import plan whose links leave a paragraph uncovered is refused before anything is written', async () => {
    const before = await countRows(db)
    const plan = {
      document: { kind: 'new' as const, title: 'Uncovered', sourceLang: 'en', origin: {} },
      paragraphs: ['One.', 'Two.'].map(textToDoc),
      translations: [
        {
          lang: 'ru',
          segments: [emptySegment(0)],
          links: [{ position: 0, sources: [0], targets: [0], confidence: null, confirmed: true }],
        },
      ],
    }
    await expect(db.$transaction((tx) => writeImportPlan(tx, plan, actor))).rejects.toMatchObject({
      code: 'import.incompleteAlignment',
      details: { lang: 'ru' },
    })
    expect(await countRows(db)).toEqual(before)
  })

  test('with one language, a paragraph whose only segment is empty is not in the JSON file, and the rest imports covered', async () => {
    const documentId = await documentWithGap()
    const file = await exportText(db, documentId, 'json', ['ru'])
    const imported = await importExchangeFile(
      db,
      { input: new TextEncoder().encode(file), format: 'json', fileName: 'gap.json', maxBytes: MAX },
      actor,
    )
    const ru = await coverageOf(imported.documentId, 'ru')
    // A known limit of the format: the file lists paragraphs only through its links (docs/formats.md).
    expect(ru.paragraphs.map((p) => p.text)).toEqual(['One.', 'Three.'])
    expect(ru.problem).toBeNull()
  })

  test('JSON export, import and export again gives the same file apart from ids and times', async () => {
    const first = await exportText(db, sampleId, 'json', ['ko', 'ru'], { empty: true, unaligned: true })
    const imported = await importExchangeFile(
      db,
      { input: new TextEncoder().encode(first), format: 'json', fileName: 'sample.json', maxBytes: MAX },
      actor,
    )
    expect(imported.languages).toEqual(['ko', 'ru'])
    const second = await exportText(db, imported.documentId, 'json', ['ko', 'ru'], { empty: true, unaligned: true })
    const ids = new Map<string, string>()
    const normalize = (json: string) =>
      JSON.stringify(JSON.parse(json), (key, value: unknown) => {
        if (typeof value !== 'string') return value
        if (/^(createdAt|updatedAt|exportedAt)$/.test(key)) return 'TIME'
        // The import is made by whoever imports; the seed's segments were written by the app itself.
        if (key === 'updatedBy' || key === 'createdBy') return 'PERSON'
        if (/^c[a-z0-9]{20,}$/.test(value))
          return ids.get(value) ?? (ids.set(value, `id${ids.size}`), `id${ids.size - 1}`)
        return value
      })
    ids.clear()
    const a = normalize(first)
    ids.clear()
    const b = normalize(second)
    expect(b).toEqual(a)
    expect(a).toContain('Ким Чен Ын')
  })

  test.each(['xliff', 'xliff12'] as const)(
    'an %s export imports as a new document with its targets and statuses',
    async (format) => {
      const xliff = await exportText(db, sampleId, format, ['ru'], { empty: true })
      const result = await importExchangeFile(
        db,
        { input: xliff, format: 'xliff', fileName: 'sample.xlf', maxBytes: MAX },
        actor,
      )
      expect(result.languages).toEqual(['ru'])
      // The document keeps its title (prl:title), not the file's name.
      const titleOf = async (id: string) => (await db.document.findUniqueOrThrow({ where: { id } })).title
      expect(await titleOf(result.documentId)).toBe(await titleOf(sampleId))
      const original = await getTranslation(db, { documentId: sampleId, lang: 'ru', withHtml: false })
      const back = await getTranslation(db, { documentId: result.documentId, lang: 'ru', withHtml: false })
      const shape = (view: typeof back) =>
        view!.rows.map((r) => [r.sources.map((s) => s.text).join(' '), r.targets.map((t) => [t.text, t.status])])
      expect(shape(back)).toEqual(shape(original))
      expect(back!.rows[4]!.targets[0]!.content).toEqual(original!.rows[4]!.targets[0]!.content)
    },
  )

  test.each(['xliff', 'xliff12', 'tmx'] as const)(
    'a %s export of a 2:1 and a 1:1 link imports as a new document with its three paragraphs and the same links',
    async (format) => {
      const { id } = await createTestDocument(db, ['First half.', 'Second half.', 'Third.'])
      const paragraphIds = (
        await db.sourceParagraph.findMany({ where: { documentId: id }, orderBy: { position: 'asc' } })
      ).map((p) => p.id)
      const rows = oneToOneRows(paragraphIds.slice(0, 2), (i) => ['Обе половины.', 'Третий.'][i]!)
      rows.links[0]!.sourceIds = paragraphIds.slice(0, 2)
      rows.links[1]!.sourceIds = [paragraphIds[2]!]
      await insertTranslation(db, { documentId: id, lang: 'ru', ...rows })
      const file = await exportText(db, id, format, ['ru'])
      const result = await importExchangeFile(
        db,
        { input: file, format: format === 'tmx' ? 'tmx' : 'xliff', fileName: `halves.${format}`, maxBytes: MAX },
        actor,
      )
      expect(result).toMatchObject({ paragraphs: 3, links: 2 })
      const back = await getTranslation(db, { documentId: result.documentId, lang: 'ru', withHtml: false })
      expect(back!.rows.map((r) => [r.type, r.sources.map((p) => p.text), r.targets.map((t) => t.text)])).toEqual([
        ['2:1', ['First half.', 'Second half.'], ['Обе половины.']],
        ['1:1', ['Third.'], ['Третий.']],
      ])
    },
  )

  test('an XLIFF 1.2 file from a CAT tool brings its targets and states back', async () => {
    const xliff = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="ko" datatype="plaintext" original="a.txt"><body>
<trans-unit id="1" approved="yes"><source>Hello <g id="b" ctype="bold">world</g>.</source><target state="final">안녕 <g id="b" ctype="bold">세계</g>.</target></trans-unit>
<trans-unit id="2"><source>Second.</source><target state="translated">둘째.</target></trans-unit>
<trans-unit id="3"><source>Third.</source></trans-unit>
</body></file></xliff>`
    const result = await importExchangeFile(
      db,
      { input: xliff, format: 'xliff', fileName: 'cat.xlf', maxBytes: MAX },
      actor,
    )
    const view = await getTranslation(db, { documentId: result.documentId, lang: 'ko' })
    expect(view?.rows.map((r) => [r.sources[0]?.text, r.targets[0]?.html, r.targets[0]?.status])).toEqual([
      ['Hello world.', '<p>안녕 <strong>세계</strong>.</p>', 'approved'],
      ['Second.', '<p>둘째.</p>', 'translated'],
      ['Third.', '<p></p>', 'empty'],
    ])
  })

  test('sentence units come from the stored sentence links, cut out of the texts by their offsets', async () => {
    const made = await importExchangeFile(
      db,
      {
        input: tmxOf([
          ['One. Two.', 'Раз. Два.'],
          ['Three.', 'Три.'],
        ]),
        format: 'tmx',
        fileName: 's.tmx',
        maxBytes: MAX,
      },
      actor,
    )
    const view = await getTranslation(db, { documentId: made.documentId, lang: 'ru', withHtml: false })
    const row = view!.rows[0]!
    const [p, t] = [row.sources[0]!.id, row.targets[0]!.id]
    await db.sentenceLink.createMany({
      data: [
        {
          linkId: row.linkId,
          position: 0,
          source: [{ paragraphId: p, start: 0, end: 4 }],
          target: [{ segmentId: t, start: 0, end: 4 }],
          sourceText: 'One.',
          targetText: 'Раз.',
          confidence: 0.9,
        },
        {
          linkId: row.linkId,
          position: 1,
          source: [{ paragraphId: p, start: 5, end: 9 }],
          target: [{ segmentId: t, start: 5, end: 9 }],
          sourceText: 'Two.',
          targetText: 'Два.',
          confidence: 0.8,
        },
      ],
    })
    const options = toExportOptions(
      {
        format: 'tmx',
        langs: ['ru'],
        status: 'all',
        unit: 'sentence',
        formatted: true,
        empty: false,
        unaligned: false,
      },
      ['ru'],
      NOW,
    )
    const tmx = await collect(
      writeExport(
        'tmx',
        (await getExportSource(db, { documentId: made.documentId, languages: ['ru'], unit: 'sentence' }))!,
        options,
      ),
    )
    expect(validateTmx(tmx)).toBe('')
    expect(tmx).toContain('segtype="sentence"')
    const units = [...tmx.matchAll(/<tu [^>]*>.*?<\/tu>/g)].map((m) =>
      [...m[0].matchAll(/<seg>(.*?)<\/seg>/g)].map((s) => s[1]),
    )
    expect(units).toEqual([
      ['One.', 'Раз.'],
      ['Two.', 'Два.'],
      ['Three.', 'Три.'],
    ])
  })

  test('after an edit the stale sentence links of that paragraph are not used: it is exported whole, not cut at old offsets', async () => {
    const made = await importExchangeFile(
      db,
      {
        input: tmxOf([
          ['One. Two.', 'Раз. Два.'],
          ['Three.', 'Три.'],
        ]),
        format: 'tmx',
        fileName: 's.tmx',
        maxBytes: MAX,
      },
      actor,
    )
    const view = await getTranslation(db, { documentId: made.documentId, lang: 'ru', withHtml: false })
    const row = view!.rows[0]!
    const [p, t] = [row.sources[0]!.id, row.targets[0]!.id]
    await db.sentenceLink.createMany({
      data: [
        {
          linkId: row.linkId,
          position: 0,
          source: [{ paragraphId: p, start: 0, end: 4 }],
          target: [{ segmentId: t, start: 0, end: 4 }],
          sourceText: 'One.',
          targetText: 'Раз.',
          confidence: 0.9,
        },
        {
          linkId: row.linkId,
          position: 1,
          source: [{ paragraphId: p, start: 5, end: 9 }],
          target: [{ segmentId: t, start: 5, end: 9 }],
          sourceText: 'Two.',
          targetText: 'Два.',
          confidence: 0.8,
        },
      ],
    })
    await saveSegment(
      db,
      { segmentId: t, version: row.targets[0]!.version, content: textToDoc('Совсем новое начало. Два.') },
      actor,
    )
    const options = toExportOptions(
      {
        format: 'tmx',
        langs: ['ru'],
        status: 'all',
        unit: 'sentence',
        formatted: true,
        empty: false,
        unaligned: false,
      },
      ['ru'],
      NOW,
    )
    const tmx = await collect(
      writeExport(
        'tmx',
        (await getExportSource(db, { documentId: made.documentId, languages: ['ru'], unit: 'sentence' }))!,
        options,
      ),
    )
    expect(validateTmx(tmx)).toBe('')
    const units = [...tmx.matchAll(/<tu [^>]*>.*?<\/tu>/g)].map((m) =>
      [...m[0].matchAll(/<seg>(.*?)<\/seg>/g)].map((s) => s[1]),
    )
    expect(units).toEqual([
      ['One. Two.', 'Совсем новое начало. Два.'],
      ['Three.', 'Три.'],
    ])
  })

  test('a TMX file becomes a new document with its Russian translation linked 1:1', async () => {
    const tmx = tmxOf([
      ['First &amp; one.', 'Первый.'],
      ['Second.', 'Второй.'],
      ['', 'Лишнее.'],
      ['Third.', ''],
    ])
    const result = await importExchangeFile(
      db,
      { input: tmx, format: 'tmx', fileName: 'memory.tmx', maxBytes: MAX },
      actor,
    )
    expect(result).toMatchObject({ languages: ['ru'], paragraphs: 3, segments: 4, links: 4 })
    const view = await getTranslation(db, { documentId: result.documentId, lang: 'ru' })
    expect(
      view?.rows.map((r) => [
        r.type,
        r.sources[0]?.text,
        r.targets[0]?.text,
        r.targets[0]?.status,
        r.targets[0]?.updatedBy,
      ]),
    ).toEqual([
      ['1:1', 'First & one.', 'Первый.', 'translated', actor.name],
      ['1:1', 'Second.', 'Второй.', 'translated', actor.name],
      ['0:1', undefined, 'Лишнее.', 'translated', actor.name],
      ['1:1', 'Third.', '', 'empty', null],
    ])
  })

  test('a TMX whose title property spans lines makes a document titled on one line', async () => {
    const tmx = tmxOf([['One.', 'Один.']]).replace(
      /<header ([^>]*)\/>/,
      '<header $1><prop type="x-document-title">Two\r\n  lines&#9;and a tab</prop></header>',
    )
    const result = await importExchangeFile(
      db,
      { input: tmx, format: 'tmx', fileName: 'titled.tmx', maxBytes: MAX },
      actor,
    )
    const document = await db.document.findUniqueOrThrow({ where: { id: result.documentId } })
    expect(document.title).toBe('Two lines and a tab')
  })

  test('a UTF-16 TMX with a byte order mark imports like a UTF-8 one', async () => {
    const text = tmxOf([['Ünïcode &amp; more.', 'Юникод и ещё.']]).replace('encoding="UTF-8"', 'encoding="UTF-16"')
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))])
    const result = await importExchangeFile(
      db,
      { input: bytes, format: 'tmx', fileName: 'utf16.tmx', maxBytes: MAX },
      actor,
    )
    const view = await getTranslation(db, { documentId: result.documentId, lang: 'ru', withHtml: false })
    expect(view?.rows.map((r) => [r.sources[0]?.text, r.targets[0]?.text])).toEqual([
      ['Ünïcode & more.', 'Юникод и ещё.'],
    ])
  })

  test('a TMX adds a language to an existing document when the source texts match, and refuses when they do not', async () => {
    const base = await importExchangeFile(
      db,
      {
        input: tmxOf([
          ['One.', 'Один.'],
          ['Two.', 'Два.'],
          ['Three.', 'Три.'],
        ]),
        format: 'tmx',
        fileName: 'a.tmx',
        maxBytes: MAX,
      },
      actor,
    )
    const ko = tmxOf([
      ['One. Two.', '하나 둘.'],
      ['Three.', '셋.'],
    ]).replaceAll('xml:lang="ru"', 'xml:lang="ko"')
    const added = await importExchangeFile(
      db,
      { input: ko, format: 'tmx', fileName: 'ko.tmx', documentId: base.documentId, maxBytes: MAX },
      actor,
    )
    expect(added.languages).toEqual(['ko'])
    const view = await getTranslation(db, { documentId: base.documentId, lang: 'ko' })
    expect(view?.rows.map((r) => [r.type, r.targets[0]?.text])).toEqual([
      ['2:1', '하나 둘.'],
      ['1:1', '셋.'],
    ])
    const before = await countRows(db)
    const other = tmxOf([['Something else.', 'Другое.']]).replaceAll('xml:lang="ru"', 'xml:lang="de"')
    await expect(
      importExchangeFile(
        db,
        { input: other, format: 'tmx', fileName: 'de.tmx', documentId: base.documentId, maxBytes: MAX },
        actor,
      ),
    ).rejects.toMatchObject({ code: 'import.sourceMismatch' })
    await expect(
      importExchangeFile(
        db,
        {
          input: tmxOf([['One.', 'Раз.']]),
          format: 'tmx',
          fileName: 'ru.tmx',
          documentId: base.documentId,
          maxBytes: MAX,
        },
        actor,
      ),
    ).rejects.toMatchObject({ code: 'translation.exists' })
    expect(await countRows(db)).toEqual(before)
  })

  test.each([
    [
      'billion laughs',
      '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&b;</seg></tuv></tu></body></tmx>',
      'import.doctype',
    ],
    [
      'external entity',
      '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&x;</seg></tuv></tu></body></tmx>',
      'import.doctype',
    ],
    [
      'truncated file',
      tmxOf([
        ['One.', 'Один.'],
        ['Two.', 'Два.'],
      ]).slice(0, -40),
      undefined,
    ],
    ['file with no srclang', tmxOf([['One.', 'Один.']], 'x="y"'), 'import.noSrcLang'],
    ['file over the size limit', tmxOf([['One.', 'Один.']]), 'import.tooLarge'],
  ])('a %s is refused with its error and the database is unchanged', async (name, content, code) => {
    const before = await countRows(db)
    const maxBytes = name === 'file over the size limit' ? 100 : MAX
    const error = (await importExchangeFile(
      db,
      { input: content, format: 'tmx', fileName: 'bad.tmx', maxBytes },
      actor,
    ).catch((e: unknown) => e)) as { code: string; details: { problems: Array<{ code: string; line: number }> } }
    expect(error.code).toBe('import.invalidFile')
    const problem = error.details.problems[0]!
    if (code) expect(problem.code).toBe(code)
    else expect(problem.code).toMatch(/^import\.(truncated|malformedXml)$/)
    expect(await countRows(db)).toEqual(before)
  })

  async function queue(content: string, kind: 'tmx' | 'xliff' = 'tmx') {
    const job = await queueFileImport(db, {
      kind,
      fileName: `generated.${kind}`,
      size: Buffer.byteLength(content),
      totalPerByte: 2,
      bytes: content,
      options: { actorId: actor.id },
    })
    const { uploadId } = await db.importJob.findUniqueOrThrow({ where: { id: job.id }, select: { uploadId: true } })
    return { job, uploadId: uploadId ?? '' }
  }
  const uploadChunks = (uploadId: string) => db.uploadChunk.count({ where: { uploadId } })

  test('a background job imports a generated TMX, reports its progress and ends done', async () => {
    const units = Array.from({ length: 2500 }, (_, i): [string, string] => [
      `Sentence number ${i}.`,
      `Предложение номер ${i}.`,
    ])
    const { job, uploadId } = await queue(tmxOf(units))
    expect((await getImportJob(db, job.id)).status).toBe('queued')
    expect(await uploadChunks(uploadId)).toBeGreaterThan(0)
    const worker = importTestWorker(db, { maxBytes: MAX })
    expect(await worker.runJob(job.id)).toBe(true)
    const done = await getImportJob(db, job.id)
    expect(done).toMatchObject({
      status: 'done',
      processed: done.total,
      result: { languages: ['ru'], paragraphs: 2500, segments: 2500 },
    })
    const view = await getTranslation(db, {
      documentId: (done.result as { documentId: string }).documentId,
      lang: 'ru',
      withHtml: false,
    })
    expect(view?.rows[2499]?.targets[0]?.text).toBe('Предложение номер 2499.')
    expect(await uploadChunks(uploadId)).toBe(0)
    expect(readdirSync(worker.spoolDir)).toEqual([])
  })

  test('a background job with a malformed file fails with the check report and imports nothing', async () => {
    const before = await countRows(db)
    const { job } = await queue(tmxOf([['One.', 'Один.']]).replace('</tu>', '</tuv>'))
    await importTestWorker(db, { maxBytes: MAX }).runJob(job.id)
    const failed = await getImportJob(db, job.id)
    expect(failed.status).toBe('failed')
    const error = failed.error as { code: string; problems: Array<{ code: string; line: number }> }
    expect(error.code).toBe('import.invalidFile')
    expect(error.problems[0]).toMatchObject({ code: 'import.malformedXml', line: 2 })
    expect(await countRows(db)).toEqual(before)
  })

  test('a background job with an XLIFF 2 file its schema refuses fails with the schema problem and imports nothing', async () => {
    const before = await countRows(db)
    const xliff = (await exportText(db, sampleId, 'xliff', ['ru'])).replace('<segment', '<segment canResegment="maybe"')
    const { job } = await queue(xliff, 'xliff')
    await importTestWorker(db, { maxBytes: MAX }).runJob(job.id)
    const failed = await getImportJob(db, job.id)
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'import.invalidFile' } })
    const problems = (failed.error as { problems: Array<{ code: string; params: { message: string } }> }).problems
    expect(problems).toEqual([
      expect.objectContaining({ code: 'check.schema', params: { message: expect.stringContaining("'canResegment'") } }),
    ])
    expect(await countRows(db)).toEqual(before)
  })

  test('a job whose worker died before its write committed is taken over and makes one document', async () => {
    const documents = await db.document.count()
    const { job, uploadId } = await queue(
      tmxOf([
        ['One.', 'Один.'],
        ['Two.', 'Два.'],
      ]),
    )
    const dead = importTestWorker(db, { owner: 'dead', maxBytes: MAX })
    // It claimed the job, then its process died: no heartbeat, and the lease runs out.
    expect(await dead.claim(job.id)).toMatchObject({ id: job.id, attempts: 1 })
    await db.importJob.update({ where: { id: job.id }, data: { leaseUntil: new Date(0) } })

    const next = importTestWorker(db, { owner: 'next', maxBytes: MAX })
    expect(await next.runJob(job.id)).toBe(true)

    expect(await getImportJob(db, job.id)).toMatchObject({ status: 'done', attempts: 2, result: { paragraphs: 2 } })
    expect(await db.document.count()).toBe(documents + 1)
    expect(await uploadChunks(uploadId)).toBe(0)
  })

  test('a job whose worker died after its write committed is finished by the next one, without a second document', async () => {
    const { job } = await queue(tmxOf([['Three.', 'Три.']]))
    const dead = importTestWorker(db, { owner: 'dead-after-commit', maxBytes: MAX })
    const claimed = await dead.claim(job.id)
    expect(claimed).toBeDefined()
    // The worker ran the import to its commit and died before it marked the job done.
    const context = dead.context(await getImportJobInput(db, job.id))
    const made = (await runImportJob(context, { maxBytes: MAX, spoolDir: dead.spoolDir })) as { documentId: string }
    const documents = await db.document.count()
    await db.importJob.update({ where: { id: job.id }, data: { leaseUntil: new Date(0) } })

    expect(await importTestWorker(db, { owner: 'finisher', maxBytes: MAX }).runJob(job.id)).toBe(true)

    expect(await getImportJob(db, job.id)).toMatchObject({ status: 'done', result: { documentId: made.documentId } })
    expect(await db.document.count()).toBe(documents)
  })
})
