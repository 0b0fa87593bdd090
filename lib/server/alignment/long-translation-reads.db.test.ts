import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Actor } from '@/lib/auth/permissions'
import { loadLinks } from '@/lib/db/alignment-writes'
import type { Db } from '@/lib/db/client'
import { READ_PAGE } from '@/lib/db/read-in-pages'
import { loadTexts } from '@/lib/db/sentence-links'
import { sqlOf, type Sql } from '@/lib/db/sql'
import { createTestActor, createTestDocument } from '@/lib/db/test/factories'
import { testBackends } from '@/lib/db/test/test-databases'
import { createTranslation, getTranslation } from '@/lib/db/translations'
import { applyAlignmentOperation } from './apply-alignment-operation'

// More paragraphs than one page holds: a long translation is read a page at a time, so that on PGlite
// (one thread) other requests run between the pages instead of waiting for the whole of it.
const PARAGRAPHS = Array.from({ length: Math.round(READ_PAGE * 2.3) }, (_, k) => `Paragraph ${k + 1}.`)

describe.each(testBackends())('reading a long translation on $name', ({ open }) => {
  let db: Db
  let actor: Actor
  let documentId: string
  beforeAll(async () => {
    db = await open()
    actor = await createTestActor(db)
    documentId = (await createTestDocument(db, PARAGRAPHS, 'Long')).id
    await createTranslation(db, { documentId, lang: 'ru' })
  }, 60_000)
  afterAll(async () => db.$disconnect())

  /** The app's SQL, with the number of rows each statement answered. */
  function countingSql(onRows?: (statement: string, rows: number) => Promise<void>) {
    const sizes: number[] = []
    const sql: Sql = async <T>(statement: string, params?: unknown[]) => {
      const rows = await sqlOf(db)<T>(statement, params)
      sizes.push(rows.length)
      await onRows?.(statement, rows.length)
      return rows
    }
    return { sql, sizes }
  }

  test('the editor reads every row in order, no statement answering more than a page', async () => {
    const { sql, sizes } = countingSql()
    const view = (await getTranslation(sql, { documentId, lang: 'ru' }))!
    expect(view.rows.map((r) => r.sources.map((s) => s.text))).toEqual(PARAGRAPHS.map((p) => [p]))
    expect(view.rows.every((r) => r.targets.length === 1 && r.targets[0]!.status === 'empty')).toBe(true)
    expect(new Set(view.rows.map((r) => r.targets[0]!.id)).size).toBe(PARAGRAPHS.length)
    expect(Math.max(...sizes)).toBeLessThanOrEqual(READ_PAGE)
  })

  test('an alignment operation landing between two pages is not read half: the translation is read again', async () => {
    const before = (await getTranslation(db, { documentId, lang: 'ru' }))!
    let merged = false
    // After the first page of links, somebody merges the second and third rows: every later link moves up one.
    const { sql } = countingSql(async (statement, rows) => {
      if (merged || !statement.includes('"AlignmentLink"') || rows !== READ_PAGE) return
      merged = true
      await applyAlignmentOperation(
        db,
        { documentId, lang: 'ru', version: before.version, request: { op: 'merge', linkId: before.rows[1]!.linkId } },
        actor,
      )
    })
    const view = (await getTranslation(sql, { documentId, lang: 'ru' }))!
    expect(merged).toBe(true)
    expect(view.version).toBe(before.version + 1)
    expect(view.rows.length).toBe(before.rows.length - 1)
    // Every paragraph once, in order: nothing skipped at the page's edge, nothing read twice.
    expect(view.rows.flatMap((r) => r.sources.map((s) => s.text))).toEqual(PARAGRAPHS)
    expect(view.rows[1]!.type).toBe('2:2')
    expect(view).toEqual(await getTranslation(db, { documentId, lang: 'ru' }))
  })

  test('a translation that keeps changing is read at last in one transaction, holding off alignment operations', async () => {
    const before = (await getTranslation(db, { documentId, lang: 'ru' }))!
    let merges = 0
    // During each of the first three reads page by page, somebody merges the second row with the next.
    const { sql } = countingSql(async (statement, rows) => {
      if (merges === 3 || !statement.includes('"AlignmentLink"') || rows !== READ_PAGE) return
      merges++
      const now = (await getTranslation(db, { documentId, lang: 'ru' }))!
      await applyAlignmentOperation(
        db,
        { documentId, lang: 'ru', version: now.version, request: { op: 'merge', linkId: now.rows[1]!.linkId } },
        actor,
      )
    })
    const view = (await getTranslation(sql, { documentId, lang: 'ru' }))!
    expect(merges).toBe(3)
    expect(view.version).toBe(before.version + 3)
    expect(view.rows.flatMap((r) => r.sources.map((s) => s.text))).toEqual(PARAGRAPHS)
    expect(view).toEqual(await getTranslation(db, { documentId, lang: 'ru' }))
  })

  test('the links and texts an alignment operation works on are read whole, a page or a thousand ids at a time', async () => {
    const view = (await getTranslation(db, { documentId, lang: 'ru' }))!
    const links = await loadLinks(db, view.id)
    expect(links.map((l) => l.id)).toEqual(view.rows.map((r) => r.linkId))
    expect(links.map((l) => l.sources)).toEqual(view.rows.map((r) => r.sourceIds))
    const texts = await loadTexts(db, {
      sourceIds: links.flatMap((l) => l.sources),
      targetIds: links.flatMap((l) => l.targets),
    })
    expect(texts.source.size).toBe(PARAGRAPHS.length)
    expect([...texts.source.values()].sort()).toEqual([...PARAGRAPHS].sort())
    expect(texts.target.size).toBe(PARAGRAPHS.length)
  })
})
