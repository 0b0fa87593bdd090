import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { AlignedLink } from '../formats/aligned-document'
import type { Db } from './client'
import { exportPagesAhead, getExportSource } from './export-source'
import { createTestDocument } from './test/factories'
import { testBackends } from './test/test-databases'

/** A translation of a new document with one empty link at each of `positions`. */
async function translationWithLinks(db: Db, positions: readonly number[]) {
  const document = await createTestDocument(db, ['One paragraph.'])
  const translation = await db.translation.create({ data: { documentId: document.id, lang: 'ru' } })
  await addLinks(db, translation.id, positions)
  return { documentId: document.id, translationId: translation.id }
}

const addLinks = (db: Db, translationId: string, positions: readonly number[]) =>
  db.alignmentLink.createMany({
    data: positions.map((position) => ({ translationId, position, sourceIds: [], targetIds: [] })),
  })

async function linksOf(
  db: Db,
  documentId: string,
  pageSize: number,
  { afterFirst }: { afterFirst?: () => Promise<unknown> } = {},
) {
  const source = await getExportSource(db, { documentId, languages: ['ru'], pageSize })
  const positions: number[] = []
  for await (const link of source!.translations[0]!.links) {
    positions.push(link.position)
    if (positions.length === 1) await afterFirst?.()
  }
  return positions
}

const range = (from: number, to: number, step = 1) =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step)

describe.each(testBackends())('export pages on $name', ({ name, open }) => {
  let db: Db
  beforeAll(async () => {
    db = await open()
  })
  afterAll(async () => db.$disconnect())

  test.each([1, 2, 3, 7, 10, 11, 1000])(
    'every link once and in order, %i a page, positions with gaps',
    async (pageSize) => {
      const positions = range(0, 90, 10).concat(range(95, 99))
      const { documentId } = await translationWithLinks(db, positions)
      expect(await linksOf(db, documentId, pageSize)).toEqual(positions)
    },
  )

  test('no links: nothing, and a translation of exactly one page', async () => {
    const { documentId } = await translationWithLinks(db, [])
    expect(await linksOf(db, documentId, 3)).toEqual([])
    const full = await translationWithLinks(db, [0, 1, 2])
    expect(await linksOf(db, full.documentId, 3)).toEqual([0, 1, 2])
  })

  test('links added while the export runs, inside a later page and after the last, are exported with the rest', async () => {
    // Pages of 2 end at 10, 30, 50, 70 and 90; the export reads the ends first and then pages ahead,
    // so links added inside (70, 90] and after 90 come in pages that have grown since the ends were read.
    const { documentId, translationId } = await translationWithLinks(db, range(0, 90, 10))
    const added = [71, 72, 73, 74, 75, 100, 101, 102]
    const positions = await linksOf(db, documentId, 2, { afterFirst: () => addLinks(db, translationId, added) })
    expect(positions).toEqual([...range(0, 90, 10), ...added].sort((a, b) => a - b))
  })

  test('exports running at once each get every link, and read at most four pages ahead together', async () => {
    const positions = range(0, 59)
    const documents = await Promise.all(Array.from({ length: 5 }, () => translationWithLinks(db, positions)))
    const readers = await Promise.all(
      documents.map(async ({ documentId }) => {
        const source = await getExportSource(db, { documentId, languages: ['ru'], pageSize: 4 })
        return (source!.translations[0]!.links as AsyncIterable<AlignedLink>)[Symbol.asyncIterator]()
      }),
    )
    const read: number[][] = readers.map(() => [])
    let most = 0
    for (let done = 0; done < readers.length;) {
      done = 0
      for (const [k, reader] of readers.entries()) {
        const next = await reader.next()
        most = Math.max(most, exportPagesAhead())
        if (next.done) done++
        else read[k]!.push(next.value.position)
      }
    }
    for (const positionsRead of read) expect(positionsRead).toEqual(positions)
    expect(most).toBeLessThanOrEqual(4)
    // PGlite has one backend: one page at a time there, none ahead.
    if (name === 'postgres') expect(most).toBeGreaterThan(0)
    else expect(most).toBe(0)
    expect(exportPagesAhead()).toBe(0)
  })
})
