import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { textToDoc } from '../richtext/text-to-doc'
import type { Db } from './client'
import { insertComment } from './comments'
import { getSegment, writeSegment } from './segments'
import { sqlOf, sqlTransaction } from './sql'
import { createTestActor, createTestDocument } from './test/factories'
import { testBackends } from './test/test-databases'
import { createTranslation, getTranslation } from './translations'

class Undo extends Error {}

describe.each(testBackends())('the hot paths in SQL on $name', ({ name, open }) => {
  let db: Db
  let segmentId: string
  let actor: { id: string; name: string }
  beforeAll(async () => {
    db = await open()
    actor = await createTestActor(db, { name: 'Ада' })
    const document = await createTestDocument(db, ['One.', 'Two.'])
    await createTranslation(db, { documentId: document.id, lang: 'ru' })
    const view = await getTranslation(db, { documentId: document.id, lang: 'ru' })
    segmentId = view!.rows[0]!.targets[0]!.id
  })
  afterAll(async () => db.$disconnect())

  const current = async () => (await getSegment(db, segmentId))!

  test('no PostgreSQL session of the app compiles queries with JIT (a big export’s pages paid for it)', async () => {
    const settings = [
      (await sqlOf(db)<{ jit: string }>('SHOW jit'))[0]!.jit,
      (await db.$queryRawUnsafe<Array<{ jit: string }>>('SHOW jit'))[0]!.jit,
    ]
    // PGlite is built without a JIT provider: `jit` is on there and compiles nothing.
    expect(settings).toEqual(name === 'postgres' ? ['off', 'off'] : ['on', 'on'])
  })

  test('a write stores the instant Prisma reads back, and its revision carries the same one', async () => {
    const before = await current()
    const saved = await sqlTransaction(db, (sql) =>
      writeSegment(
        sql,
        { segmentId, version: before.version, content: textToDoc('Раз.'), text: 'Раз.', status: 'draft' },
        actor,
      ),
    )
    const row = await db.targetSegment.findUniqueOrThrow({ where: { id: segmentId } })
    const revision = await db.revision.findFirstOrThrow({ where: { segmentId, version: saved!.version } })
    expect(saved!.updatedAt.getTime()).toBe(row.updatedAt.getTime())
    expect(revision.createdAt.getTime()).toBe(row.updatedAt.getTime())
    // Stamped in UTC as Prisma does: within a minute of now, whatever the database's time zone.
    expect(Math.abs(row.updatedAt.getTime() - Date.now())).toBeLessThan(60_000)
    expect(saved).toMatchObject({ text: 'Раз.', status: 'draft', version: before.version + 1, updatedBy: 'Ада' })
    expect(revision).toMatchObject({ text: 'Раз.', status: 'draft', authorId: actor.id })
  })

  test('a stale version writes nothing and answers null', async () => {
    const before = await current()
    const stale = await writeSegment(
      db,
      { segmentId, version: before.version - 1, content: textToDoc('Не то.'), text: 'Не то.', status: 'draft' },
      actor,
    )
    expect(stale).toBeNull()
    expect(await current()).toEqual(before)
  })

  test('a driver transaction that throws leaves nothing behind', async () => {
    const before = await current()
    await expect(
      sqlTransaction(db, async (sql) => {
        await writeSegment(
          sql,
          { segmentId, version: before.version, content: textToDoc('Нет.'), text: 'Нет.', status: 'draft' },
          actor,
        )
        await insertComment(
          sql,
          { segmentId, parentId: null, body: 'why', category: null, severity: null, version: null },
          actor,
        )
        throw new Undo()
      }),
    ).rejects.toBeInstanceOf(Undo)
    expect(await current()).toEqual(before)
    expect(await db.comment.count({ where: { segmentId } })).toBe(0)
  })

  test('inside a Prisma transaction the statements are the transaction’s, rolled back with it', async () => {
    const before = await current()
    await expect(
      db.$transaction(async (tx) => {
        const inside = await sqlTransaction(tx, (sql) =>
          writeSegment(
            sql,
            { segmentId, version: before.version, content: textToDoc('Два.'), text: 'Два.', status: 'draft' },
            actor,
          ),
        )
        expect(await getSegment(tx, segmentId)).toEqual(inside)
        throw new Undo()
      }),
    ).rejects.toBeInstanceOf(Undo)
    expect(await current()).toEqual(before)
  })

  test('a comment written resolved names its author as resolver, with the times Prisma reads', async () => {
    const written = await insertComment(
      db,
      { segmentId, parentId: null, body: 'Хорошо', category: 'style', severity: 'minor', version: 2, resolved: true },
      actor,
    )
    const row = await db.comment.findUniqueOrThrow({ where: { id: written.id } })
    expect(written).toMatchObject({
      body: 'Хорошо',
      resolved: true,
      resolvedBy: { id: actor.id, name: 'Ада' },
      author: { id: actor.id, name: 'Ада' },
      authorName: null,
    })
    expect(written.createdAt.getTime()).toBe(row.createdAt.getTime())
    expect(written.resolvedAt!.getTime()).toBe(row.resolvedAt!.getTime())
    expect(row.resolvedById).toBe(actor.id)
  })

  test('sqlOf runs on the driver for a client and on Prisma for a transaction', async () => {
    expect(await sqlOf(db)<{ n: number }>('SELECT $1::int AS n', [7])).toEqual([{ n: 7 }])
    await db.$transaction(async (tx) =>
      expect(await sqlOf(tx)<{ n: number }>('SELECT $1::int AS n', [8])).toEqual([{ n: 8 }]),
    )
  })
})
