import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { toExportOptions, writeExport, type ExportFormat } from '@/lib/exchange/export-request'
import { collect } from '@/lib/formats/test-fixtures/tools'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import type { RichDoc, RichText } from '@/lib/richtext/types'
import type { Db } from '@/lib/db/client'
import { getExportSource } from '@/lib/db/export-source'
import { importExchangeFile } from './import-exchange-file'
import { getImportJob } from '@/lib/db/import-jobs'
import { queueFileImport } from '@/lib/server/jobs/import-worker'
import { importTestWorker } from '@/lib/server/jobs/test/import-test-worker'
import { saveSegment } from '@/lib/server/segments/save-segment'
import { createTranslation, getTranslation } from '@/lib/db/translations'
import type { Actor } from '@/lib/auth/permissions'
import { testBackends } from '@/lib/db/test/test-databases'
import { createTestDocument, createTestActor } from '@/lib/db/test/factories'

const NOW = new Date('2026-01-02T03:04:05Z')
const bold = (text: string): RichText => ({ type: 'text', text, marks: [{ type: 'bold' }] })
const MAX = 10 * 1024 * 1024

describe.each(testBackends())('updating a translation from an exchange file on $name', ({ open }) => {
  let db: Db
  let actor: Actor
  beforeAll(async () => {
    db = await open()
    actor = await createTestActor(db)
  })
  afterAll(async () => db.$disconnect())

  /** Three paragraphs with a Russian draft translation of each. */
  async function translatedDocument() {
    const { id } = await createTestDocument(db, ['One.', 'Two.', 'Three.'], 'Update')
    await createTranslation(db, { documentId: id, lang: 'ru' })
    const view = await getTranslation(db, { documentId: id, lang: 'ru' })
    for (const [i, text] of ['Один.', 'Два.', 'Три.'].entries()) {
      const target = view!.rows[i]!.targets[0]!
      await saveSegment(db, { segmentId: target.id, version: target.version, content: textToDoc(text) }, actor)
    }
    return id
  }

  async function exportText(documentId: string, format: ExportFormat, formatted = true) {
    const options = toExportOptions(
      { format, langs: ['ru'], status: 'all', unit: 'paragraph', formatted, empty: false, unaligned: false },
      ['ru'],
      NOW,
    )
    const source = await getExportSource(db, { documentId, languages: ['ru'], pageSize: 2 })
    return collect(writeExport(format, source!, options))
  }

  async function snapshot(documentId: string) {
    const segments = await db.targetSegment.findMany({
      where: { translation: { documentId } },
      orderBy: { position: 'asc' },
      select: { id: true, text: true, status: true, version: true, content: true },
    })
    const revisions = await db.revision.count({ where: { segment: { translation: { documentId } } } })
    return { segments, revisions }
  }

  const importFile = (documentId: string, input: string, format: 'xliff' | 'tmx', update: boolean) =>
    importExchangeFile(db, { input, format, fileName: `ru.${format}`, documentId, update, maxBytes: MAX }, actor)

  test('an exported XLIFF with an edited target and state updates only those segments, with a revision', async () => {
    const id = await translatedDocument()
    const before = await snapshot(id)
    const xliff = await exportText(id, 'xliff')
    // A CAT tool changes state but leaves our subState behind; the state wins.
    const edited = xliff
      .replace('<target>Два.</target>', '<target>Два!</target>')
      .replace(/(<segment id="s1" state=")initial(" subState="prl:draft"><source>Three\.)/, '$1final$2')
    expect(edited).not.toBe(xliff)
    const result = await importFile(id, edited, 'xliff', true)
    expect(result).toMatchObject({ documentId: id, languages: ['ru'], updated: 2, unchanged: 1, segments: 2 })
    const after = await snapshot(id)
    const [one, two, three] = after.segments
    expect(one).toEqual(before.segments[0])
    expect(two).toMatchObject({ text: 'Два!', status: 'draft', version: before.segments[1]!.version + 1 })
    expect(three).toMatchObject({ text: 'Три.', status: 'approved', version: before.segments[2]!.version + 1 })
    expect(after.revisions).toBe(before.revisions + 2)
    const revision = await db.revision.findFirst({
      where: { segmentId: two!.id },
      orderBy: { version: 'desc' },
      select: { version: true, text: true, authorId: true },
    })
    expect(revision).toEqual({ version: two!.version, text: 'Два!', authorId: actor.id })
  })

  test('an exported XLIFF 1.2 edited in a CAT tool updates the edited segments and their states', async () => {
    const id = await translatedDocument()
    const before = await snapshot(id)
    const xliff = await exportText(id, 'xliff12')
    const edited = xliff
      .replace('>Два.</target>', '>Два!</target>')
      .replace(/(<source>Three\.<\/source><target state=")needs-translation(">)/, '$1signed-off$2')
    expect(edited).not.toBe(xliff)
    const result = await importFile(id, edited, 'xliff', true)
    expect(result).toMatchObject({ documentId: id, languages: ['ru'], updated: 2, unchanged: 1, segments: 2 })
    const [one, two, three] = (await snapshot(id)).segments
    expect(one).toEqual(before.segments[0])
    expect(two).toMatchObject({
      text: 'Два!',
      status: before.segments[1]!.status,
      version: before.segments[1]!.version + 1,
    })
    expect(three).toMatchObject({ text: 'Три.', status: 'approved', version: before.segments[2]!.version + 1 })
  })

  test('importing the same XLIFF again without the update option is refused and changes nothing', async () => {
    const id = await translatedDocument()
    const before = await snapshot(id)
    const xliff = (await exportText(id, 'xliff')).replace('<target>Два.</target>', '<target>Два!</target>')
    await expect(importFile(id, xliff, 'xliff', false)).rejects.toMatchObject({
      code: 'translation.exists',
      details: { lang: 'ru' },
    })
    expect(await snapshot(id)).toEqual(before)
  })

  test('a unit whose source matches no link refuses the whole file, naming the unit', async () => {
    const id = await translatedDocument()
    const before = await snapshot(id)
    const xliff = (await exportText(id, 'xliff'))
      .replace('<target>Один.</target>', '<target>Раз.</target>')
      .replace('<source>Two.</source>', '<source>Zwei.</source>')
    await expect(importFile(id, xliff, 'xliff', true)).rejects.toMatchObject({
      code: 'import.updateNoMatch',
      details: { unit: 'u2', text: 'Zwei.', lang: 'ru' },
    })
    expect(await snapshot(id)).toEqual(before)
  })

  test('an exported TMX with an edited target and x-status updates the translation', async () => {
    const id = await translatedDocument()
    const before = await snapshot(id)
    const tmx = (await exportText(id, 'tmx')).replace(
      /<prop type="x-status">draft<\/prop>(<prop type="x-link-type">1:1<\/prop><seg>Три\.)/,
      '<prop type="x-status">translated</prop>$1',
    )
    const result = await importFile(id, tmx.replace('<seg>Один.</seg>', '<seg>Раз.</seg>'), 'tmx', true)
    expect(result).toMatchObject({ updated: 2, unchanged: 1 })
    const after = await snapshot(id)
    expect(after.segments.map((s) => [s.text, s.status])).toEqual([
      ['Раз.', 'draft'],
      ['Два.', 'draft'],
      ['Три.', 'translated'],
    ])
    expect(after.segments[1]).toEqual(before.segments[1])
  })

  test('a plain TMX leaves the formatting of targets whose text it did not change; an edited unit changes alone', async () => {
    const id = await translatedDocument()
    const view = await getTranslation(db, { documentId: id, lang: 'ru' })
    const rich: RichDoc[] = [
      { type: 'doc', content: [{ type: 'paragraph', content: [bold('Один'), { type: 'text', text: '.' }] }] },
      {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Два,', marks: [{ type: 'italic' }] }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'и ' }, { type: 'hardBreak' }, bold('ещё.')] },
        ],
      },
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Три.' }, bold(' Ok.')] }] },
    ]
    for (const [i, content] of rich.entries()) {
      const target = view!.rows[i]!.targets[0]!
      await saveSegment(db, { segmentId: target.id, version: target.version, content }, actor)
    }
    const before = await snapshot(id)
    const plain = await exportText(id, 'tmx', false)
    expect(plain).not.toContain('<bpt')
    expect(await importFile(id, plain, 'tmx', true)).toMatchObject({ updated: 0, unchanged: 3, segments: 0 })
    expect(await snapshot(id)).toEqual(before)

    const edited = plain.replace('<seg>Три. Ok.</seg>', '<seg>Три. Хорошо.</seg>')
    expect(edited).not.toBe(plain)
    expect(await importFile(id, edited, 'tmx', true)).toMatchObject({ updated: 1, unchanged: 2, segments: 1 })
    const after = await snapshot(id)
    expect(after.segments.slice(0, 2)).toEqual(before.segments.slice(0, 2))
    expect(after.segments[2]).toMatchObject({
      text: 'Три. Хорошо.',
      status: 'draft',
      version: before.segments[2]!.version + 1,
    })
    expect(after.revisions).toBe(before.revisions + 1)
  })

  test('a hand-made XLIFF 1.2 file updates by source text, with states from the file where it has them', async () => {
    const id = await translatedDocument()
    const xliff =
      '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" source-language="en" target-language="ru" datatype="plaintext"><body>' +
      '<trans-unit id="1"><source>One.</source><target state="translated">Один.</target></trans-unit>' +
      '<trans-unit id="2"><source>Two.</source><target state="signed-off">Два.</target></trans-unit>' +
      '<trans-unit id="3"><source>Three.</source><target>Три?</target></trans-unit>' +
      '</body></file></xliff>\n'
    expect(await importFile(id, xliff, 'xliff', true)).toMatchObject({ updated: 3, unchanged: 0 })
    expect((await snapshot(id)).segments.map((s) => [s.text, s.status])).toEqual([
      ['Один.', 'translated'],
      ['Два.', 'approved'],
      ['Три?', 'draft'],
    ])
  })

  test('with the update option, a language the document does not have yet is added as usual', async () => {
    const id = await translatedDocument()
    const ko = (await exportText(id, 'xliff'))
      .replace('trgLang="ru"', 'trgLang="ko"')
      .replace('<target>Один.</target>', '<target>하나.</target>')
    const result = await importFile(id, ko, 'xliff', true)
    expect(result).toMatchObject({ languages: ['ko'], segments: 3 })
    expect(result.updated).toBeUndefined()
    const view = await getTranslation(db, { documentId: id, lang: 'ko', withHtml: false })
    expect(view?.rows[0]?.targets[0]?.text).toBe('하나.')
  })

  test('a background job passes the update option on', async () => {
    const id = await translatedDocument()
    const file = (await exportText(id, 'xliff')).replace('<target>Три.</target>', '<target>Три!</target>')
    const job = await queueFileImport(db, {
      kind: 'xliff',
      fileName: 'ru.xlf',
      size: Buffer.byteLength(file),
      totalPerByte: 2,
      bytes: file,
      options: { documentId: id, update: true, actorId: actor.id },
    })
    expect(await importTestWorker(db, { maxBytes: MAX }).runJob(job.id)).toBe(true)
    expect(await getImportJob(db, job.id)).toMatchObject({
      status: 'done',
      result: { documentId: id, updated: 1, unchanged: 2 },
    })
    expect((await snapshot(id)).segments[2]?.text).toBe('Три!')
  })
})
