import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Actor } from '@/lib/auth/permissions'
import type { Db } from '@/lib/db/client'
import { createTestActor, createTestDocument } from '@/lib/db/test/factories'
import { testBackends } from '@/lib/db/test/test-databases'
import { createTranslation } from '@/lib/db/translations'
import { getAlignmentView } from './alignment-view'
import { applyAlignmentOperation } from './apply-alignment-operation'

describe.each(testBackends())('who made alignment operations, on $name', ({ open }) => {
  let db: Db
  let ada: Actor
  let boris: Actor
  beforeAll(async () => {
    db = await open()
    ada = await createTestActor(db, { role: 'admin', name: 'Ada' })
    boris = await createTestActor(db, { role: 'translator', langs: ['ru'], name: 'Борис' })
  })
  afterAll(async () => db.$disconnect())

  test('the view lists recent operations newest first with their authors; undo marks one, nothing is lost', async () => {
    const { id: documentId } = await createTestDocument(db, ['One.', 'Two.', 'Three.'])
    await createTranslation(db, { documentId, lang: 'ru' })
    const at = { documentId, lang: 'ru' }
    const run = async (request: Parameters<typeof applyAlignmentOperation>[1]['request'], actor: Actor) => {
      const view = (await getAlignmentView(db, at))!
      await applyAlignmentOperation(db, { ...at, version: view.version, request }, actor)
    }
    const first = (await getAlignmentView(db, at))!.rows[0]!.linkId
    expect((await getAlignmentView(db, at))!.history).toEqual([])
    await run({ op: 'merge', linkId: first }, ada)
    await run({ op: 'confirm', linkId: first }, boris)
    await run({ op: 'undo' }, ada)

    const { history } = (await getAlignmentView(db, at))!
    expect(history).toMatchObject([
      { seq: 2, kind: 'confirm', undone: true, author: { id: boris.id, name: 'Борис', email: boris.email } },
      { seq: 1, kind: 'merge', undone: false, author: { id: ada.id, name: 'Ada' } },
    ])
    expect(history.every((item) => !Number.isNaN(Date.parse(item.createdAt)))).toBe(true)
  })
})
