import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import * as qaRoute from '@/app/api/documents/[id]/translations/[lang]/qa/route'
import * as ignoresRoute from '@/app/api/segments/[id]/qa-ignores/route'
import { createApiToken } from '@/lib/auth/api-tokens'
import type { Actor, Role } from '@/lib/auth/permissions'
import type { Db } from '@/lib/db/client'
import { createGlossaryTerm, deleteGlossaryTerm } from '@/lib/db/glossary'
import { createTestActor, createTestDocument } from '@/lib/db/test/factories'
import { testBackends } from '@/lib/db/test/test-databases'
import { createTranslation, getTranslation } from '@/lib/db/translations'
import { callRoute, useDbForRoutes } from '@/lib/http/test/call-route'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import { saveSegment } from '@/lib/server/segments/save-segment'

type Person = Actor & { token: string }
type Issue = {
  segmentId: string
  check: string
  severity: string
  message: string
  messageKey: string
  ignored: unknown
  row: number
}

describe.each(testBackends())('the QA report and ignores on $name', ({ open }) => {
  let db: Db
  let ruTranslator: Person, koTranslator: Person
  const person = async (role: Role, langs: string[], name: string): Promise<Person> => {
    const actor = await createTestActor(db, { role, langs, name })
    return { ...actor, token: (await createApiToken(db, actor.id, 'test')).token }
  }
  beforeAll(async () => {
    db = await open()
    ruTranslator = await person('translator', ['ru'], 'Roman Translator')
    koTranslator = await person('translator', ['ko'], 'Kim Translator')
  })
  beforeEach(() => useDbForRoutes(db))
  afterAll(async () => db.$disconnect())

  async function makeDocument() {
    const { id } = await createTestDocument(db, ['In 2024 we had 15 cats.', 'Hello world.', 'Not yet.'])
    await createTranslation(db, { documentId: id, lang: 'ru' })
    const segments = (await getTranslation(db, { documentId: id, lang: 'ru' }))!.rows.map((r) => r.targets[0]!.id)
    return { id, segments: segments as [string, string, string] }
  }
  async function save(segmentId: string, text: string) {
    const { version } = await db.targetSegment.findUniqueOrThrow({
      where: { id: segmentId },
      select: { version: true },
    })
    await saveSegment(db, { segmentId, version, content: textToDoc(text), status: 'translated' }, ruTranslator)
  }
  async function report(documentId: string) {
    const response = await callRoute(qaRoute.GET, { params: { id: documentId, lang: 'ru' }, token: ruTranslator.token })
    expect(response.status).toBe(200)
    return (await response.json()) as { issues: Issue[]; counts: Record<string, number> }
  }

  test('the report has the glossary and spelling findings: a term not used, a misspelled word', async () => {
    const { id, segments } = await makeDocument()
    const term = await createGlossaryTerm(
      db,
      { srcLang: 'en', tgtLang: 'ru' },
      {
        sourceTerm: 'cat',
        targetTerm: 'кошка',
        partOfSpeech: 'noun',
        definition: '',
        note: '',
        forbidden: [],
      },
    )
    await save(segments[0], 'В 2024 году у нас было 15 котов.')
    await save(segments[1], 'Превет, мир.')
    const { issues } = await report(id)
    expect(issues.filter((i) => i.check === 'terms').map((i) => i.segmentId)).toEqual([segments[0]])
    expect(issues.filter((i) => i.check === 'spelling').map((i) => [i.segmentId, i.message])).toEqual([
      [segments[1], expect.stringContaining('Превет')],
    ])
    await deleteGlossaryTerm(db, term.id) // the glossary is shared by every document of the pair
  })

  test('lists the findings by segment with messages, and leaves untranslated rows out', async () => {
    const { id, segments } = await makeDocument()
    await save(segments[0], 'В 2042 году у нас было 15 кошек.')
    await save(segments[1], 'Hello world.')
    const { issues, counts } = await report(id)
    expect(issues.map((i) => [i.row, i.segmentId, i.check, i.severity, i.messageKey])).toEqual([
      [1, segments[0], 'numbers', 'error', 'numberExtra'],
      [1, segments[0], 'numbers', 'error', 'numberMissing'],
      [2, segments[1], 'script', 'error', 'scriptWrong'],
      [2, segments[1], 'identical', 'warning', 'identical'],
    ])
    expect(issues[1]?.message).toBe('The number 2024 of the source is missing from the target.')
    expect(issues[2]?.message).toBe('The target is not written in Cyrillic.')
    expect(counts).toEqual({ error: 3, warning: 1, info: 0, ignored: 0 })
  })

  test('an ignore with a reason holds until the text changes', async () => {
    const { id, segments } = await makeDocument()
    await save(segments[1], 'Hello world.')
    const ignore = await callRoute(ignoresRoute.POST, {
      method: 'POST',
      params: { id: segments[1] },
      token: ruTranslator.token,
      body: { check: 'script', reason: 'A greeting kept in English on purpose.', text: 'Hello world.' },
    })
    expect(ignore.status).toBe(201)
    let { issues, counts } = await report(id)
    expect(issues.find((i) => i.check === 'script')?.ignored).toMatchObject({
      reason: 'A greeting kept in English on purpose.',
      by: 'Roman Translator',
    })
    expect(counts).toEqual({ error: 0, warning: 1, info: 0, ignored: 1 })
    const listed = await callRoute(ignoresRoute.GET, { params: { id: segments[1] }, token: koTranslator.token })
    expect(((await listed.json()) as { ignores: Array<{ check: string }> }).ignores.map((i) => i.check)).toEqual([
      'script',
    ])

    await save(segments[1], 'Hello there, world.')
    ;({ issues, counts } = await report(id))
    expect(issues.find((i) => i.check === 'script')?.ignored).toBeNull()
    expect(counts.ignored).toBe(0)
  })

  test('ignores are taken back, and refused to others and for unknown checks', async () => {
    const { id, segments } = await makeDocument()
    await save(segments[1], 'Hello world.')
    const body = { check: 'script', reason: 'Brand name.', text: 'Hello world.' }
    const other = await callRoute(ignoresRoute.POST, {
      method: 'POST',
      params: { id: segments[1] },
      token: koTranslator.token,
      body,
    })
    expect(other.status).toBe(403)
    const unknown = await callRoute(ignoresRoute.POST, {
      method: 'POST',
      params: { id: segments[1] },
      token: ruTranslator.token,
      body: { ...body, check: 'nonsense' },
    })
    expect(unknown.status).toBe(400)
    const noReason = await callRoute(ignoresRoute.POST, {
      method: 'POST',
      params: { id: segments[1] },
      token: ruTranslator.token,
      body: { ...body, reason: ' ' },
    })
    expect(noReason.status).toBe(400)
    await callRoute(ignoresRoute.POST, { method: 'POST', params: { id: segments[1] }, token: ruTranslator.token, body })
    expect((await report(id)).counts.ignored).toBe(1)
    const undo = await callRoute(ignoresRoute.DELETE, {
      method: 'DELETE',
      params: { id: segments[1] },
      token: ruTranslator.token,
      query: { check: 'script' },
    })
    expect(await undo.json()).toEqual({ deleted: true })
    expect((await report(id)).counts.ignored).toBe(0)
  })

  test('an unknown language or document is 404', async () => {
    const { id } = await makeDocument()
    const response = await callRoute(qaRoute.GET, { params: { id, lang: 'de' }, token: ruTranslator.token })
    expect(response.status).toBe(404)
    const missing = await callRoute(ignoresRoute.GET, { params: { id: 'nope' }, token: ruTranslator.token })
    expect(missing.status).toBe(404)
  })
})
