import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { GET as getChanges } from '@/app/api/documents/[id]/translations/[lang]/changes/route'
import { createApiToken } from '@/lib/auth/api-tokens'
import type { Actor } from '@/lib/auth/permissions'
import type { Db } from '@/lib/db/client'
import { createTestActor, createTestDocument } from '@/lib/db/test/factories'
import { testBackends } from '@/lib/db/test/test-databases'
import { createTranslation, getTranslation } from '@/lib/db/translations'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import { saveSegment } from '@/lib/server/segments/save-segment'
import { listChangesSince } from './changes-since'

// The route uses the app's shared client (lib/db/db.ts), which reads this cache (see segment-history.db.test.ts).
const shared = globalThis as unknown as { parallelDb?: Db }

describe.each(testBackends())('changes since approval or the first version on $name', ({ open }) => {
  let db: Db
  let translator: Actor
  let reviewer: Actor

  beforeAll(async () => {
    db = await open()
    shared.parallelDb = db
    translator = await createTestActor(db, { role: 'translator', langs: ['ru'] })
    reviewer = await createTestActor(db, { role: 'reviewer', langs: ['ru'] })
  })
  afterAll(async () => {
    delete shared.parallelDb
    await db.$disconnect()
  })

  /** A Russian translation of four paragraphs; `write` saves text as the translator, `approve` as the reviewer. */
  async function translation() {
    const { id: documentId } = await createTestDocument(db, ['One.', 'Two.', 'Three.', 'Four.'])
    await createTranslation(db, { documentId, lang: 'ru' })
    const ids = (await getTranslation(db, { documentId, lang: 'ru' }))!.rows.map((row) => row.targets[0]!.id)
    const versions = new Map<string, number>(ids.map((id) => [id, 1]))
    const write = async (segmentId: string, text: string, status?: 'translated') => {
      const saved = await saveSegment(
        db,
        { segmentId, version: versions.get(segmentId)!, content: textToDoc(text), status },
        translator,
      )
      versions.set(segmentId, saved.version)
    }
    const approve = async (segmentId: string) => {
      const saved = await saveSegment(
        db,
        { segmentId, version: versions.get(segmentId)!, status: 'approved' },
        reviewer,
      )
      versions.set(segmentId, saved.version)
    }
    return { documentId, ids, write, approve }
  }

  test('approved then edited: the diff runs from the approved text; unchanged and untouched segments are left out', async () => {
    const { documentId, ids, write, approve } = await translation()
    const [edited, unchanged, untouched] = ids as [string, string, string, string]
    await write(edited, 'Один кот.', 'translated')
    await approve(edited) // version 3
    await write(edited, 'Один большой кот.')
    await write(edited, 'Один большой рыжий кот.')
    await write(unchanged, 'Два.', 'translated')
    await approve(unchanged)
    expect(untouched).toBeDefined()

    expect(await listChangesSince(db, { documentId, lang: 'ru' })).toEqual([
      {
        segmentId: edited,
        baseVersion: 3,
        baseKind: 'approved',
        diff: [
          { kind: 'same', text: 'Один ' },
          { kind: 'added', text: 'большой рыжий ' },
          { kind: 'same', text: 'кот.' },
        ],
      },
    ])
  })

  test('the last approval counts, not the first', async () => {
    const { documentId, ids, write, approve } = await translation()
    const id = ids[0]!
    await write(id, 'А.', 'translated')
    await approve(id)
    await write(id, 'Б.', 'translated')
    await approve(id) // version 5
    await write(id, 'В.')
    expect(await listChangesSince(db, { documentId, lang: 'ru' })).toMatchObject([
      {
        segmentId: id,
        baseVersion: 5,
        baseKind: 'approved',
        diff: [
          { kind: 'removed', text: 'Б' },
          { kind: 'added', text: 'В' },
          { kind: 'same', text: '.' },
        ],
      },
    ])
  })

  test('never approved: the diff runs from the first version with text', async () => {
    const { documentId, ids, write } = await translation()
    const id = ids[1]!
    await write(id, '') // an empty save first: not the translator's first version
    await write(id, 'Два слова.')
    await write(id, 'Два новых слова.', 'translated')
    const [change] = await listChangesSince(db, { documentId, lang: 'ru' })
    expect(change).toEqual({
      segmentId: id,
      baseVersion: 3,
      baseKind: 'first',
      diff: [
        { kind: 'same', text: 'Два ' },
        { kind: 'added', text: 'новых ' },
        { kind: 'same', text: 'слова.' },
      ],
    })
  })

  test('a segment back to its approved text has no change; a cleared one shows the removal', async () => {
    const { documentId, ids, write, approve } = await translation()
    const [back, cleared] = ids as [string, string]
    await write(back, 'Три.', 'translated')
    await approve(back)
    await write(back, 'Три!')
    await write(back, 'Три.')
    await write(cleared, 'Четыре.', 'translated')
    await approve(cleared)
    await write(cleared, '')
    expect(await listChangesSince(db, { documentId, lang: 'ru' })).toEqual([
      { segmentId: cleared, baseVersion: 3, baseKind: 'approved', diff: [{ kind: 'removed', text: 'Четыре.' }] },
    ])
  })

  test('the route answers { changes } to anyone signed in, 401 to nobody, 404 for a missing language', async () => {
    const { documentId, ids, write } = await translation()
    await write(ids[0]!, 'Раз.')
    await write(ids[0]!, 'Раз-два.')
    const { token } = await createApiToken(db, translator.id, 'test')
    const call = (lang: string, auth: boolean) =>
      getChanges(new Request('http://localhost/api/x', { headers: auth ? { authorization: `Bearer ${token}` } : {} }), {
        params: Promise.resolve({ id: documentId, lang }),
      })
    const ok = await call('RU', true)
    expect(ok.status).toBe(200)
    expect(await ok.json()).toMatchObject({ changes: [{ segmentId: ids[0], baseVersion: 2, baseKind: 'first' }] })
    expect((await call('ru', false)).status).toBe(401)
    const missing = await call('ko', true)
    expect(missing.status).toBe(404)
    expect(await missing.json()).toMatchObject({ error: { code: 'translation.notFound' } })
  })
})
