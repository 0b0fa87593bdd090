import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '@/lib/db/client'
import { writeGlossaryTerms } from '@/lib/db/glossary'
import { testBackends } from '@/lib/db/test/test-databases'
import { readGlossaryCsv } from '@/lib/glossary/read-glossary-csv'
import { readTbx } from '@/lib/glossary/read-tbx'
import type { TermFields } from '@/lib/glossary/term'
import { exportGlossary } from './export-glossary'

const term = (sourceTerm: string, targetTerm: string): TermFields => ({
  sourceTerm,
  targetTerm,
  partOfSpeech: 'noun',
  definition: `about ${sourceTerm}`,
  note: '',
  forbidden: [`не ${targetTerm}`],
})

async function textOf(chunks: AsyncIterable<string>): Promise<string> {
  let text = ''
  for await (const chunk of chunks) text += chunk
  return text
}

describe.each(testBackends())('exportGlossary on $name', ({ open }) => {
  let db: Db
  // Each run works in a pair of its own, so runs against one PostgreSQL database never meet.
  const pair = { srcLang: 'de', tgtLang: `ru-x-${Math.random().toString(36).slice(2, 8)}` }
  // One source term with four translations, so batches of 2 and 3 end between two of its pairs.
  const terms = [
    term('Vertrag', 'договор'),
    term('Vertrag', 'контракт'),
    term('Vertrag', 'соглашение'),
    term('Vertrag', 'сделка'),
    term('Haus', 'дом'),
    term('Baum', 'дерево'),
    term('Apfel', 'яблоко'),
  ]
  const sorted = ['Apfel', 'Baum', 'Haus', 'Vertrag', 'Vertrag', 'Vertrag', 'Vertrag']

  beforeAll(async () => {
    db = await open()
    await writeGlossaryTerms(db, pair, { added: terms, updated: [] })
  })
  afterAll(() => db.$disconnect())

  test('read in batches of any size, a CSV holds every term once, by source term', async () => {
    for (const batch of [1, 2, 3, 7, 100]) {
      const rows = readGlossaryCsv(await textOf(exportGlossary(db, pair, 'csv', batch).chunks)).rows
      const read = rows.map((row) => ('term' in row ? row.term : row.problem))
      expect(
        read.map((t) => (typeof t === 'string' ? t : t.sourceTerm)),
        `batch ${batch}`,
      ).toEqual(sorted)
      expect(new Set(read.map((t) => (typeof t === 'string' ? t : t.targetTerm))).size).toBe(terms.length)
      expect(read).toEqual(expect.arrayContaining(terms))
    }
  })

  test('read in batches, a TBX file reads back as the same terms', async () => {
    const file = exportGlossary(db, pair, 'tbx', 3)
    expect(file.fileName).toBe(`glossary-de-${pair.tgtLang}.tbx`)
    const { rows } = await readTbx(new TextEncoder().encode(await textOf(file.chunks)), pair)
    expect(rows.map((row) => ('term' in row ? row.term : row.problem))).toEqual(
      expect.arrayContaining(terms.map((t) => expect.objectContaining(t))),
    )
    expect(rows).toHaveLength(terms.length)
  })

  test('a pair without terms is a file with only its header', async () => {
    const empty = { srcLang: 'de', tgtLang: `${pair.tgtLang}-none` }
    expect(await textOf(exportGlossary(db, empty, 'csv', 2).chunks)).toBe(
      '\ufeffsource,target,partOfSpeech,definition,note,forbidden\r\n',
    )
  })
})
