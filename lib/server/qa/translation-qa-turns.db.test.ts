import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import type { Db } from '@/lib/db/client'
import { createGlossaryTerm } from '@/lib/db/glossary'
import { createTestDocument } from '@/lib/db/test/factories'
import { testBackends } from '@/lib/db/test/test-databases'
import { createTranslation, getTranslation } from '@/lib/db/translations'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import { getTranslationQa, type TranslationQa } from './translation-qa'

// How many times the event loop reached its timers: read by each row's checks (see the mock below).
let turns = 0
const turnsAtRow: number[] = []
vi.mock('@/lib/qa/registry', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/qa/registry')>()
  return {
    ...original,
    runSegmentChecks: (...args: Parameters<typeof original.runSegmentChecks>) => {
      turnsAtRow.push(turns)
      return original.runSegmentChecks(...args)
    },
  }
})

/** Rows that give every check something to find: numbers, dates, brackets, quotes, spaces, terms, repeats. */
function sampleRows(count: number): Array<[string, string]> {
  const rows: Array<[string, string]> = []
  for (let i = 0; i < count; i++) {
    const n = i % 12
    if (n === 0) rows.push([`In ${2000 + i} we had ${i} cats.`, `В ${2000 + i} году у нас было ${i + 1} кошек.`])
    else if (n === 1) rows.push(['Hello world.', 'Hello world.'])
    else if (n === 2)
      rows.push([`On 5 March ${1990 + i} (a Monday) we met.`, `5 марта ${1990 + i} г. (в понедельник мы встретились.`])
    else if (n === 3) rows.push(['The same sentence.', i % 24 === 3 ? 'То же предложение.' : 'Такое же предложение.'])
    else if (n === 4) rows.push([`A "quoted" word ${i}.`, `Слово «в кавычках»  ${i}`])
    else if (n === 5) rows.push(['The cat sleeps.', 'Кот спит.'])
    else if (n === 6)
      rows.push([`Short ${i}.`, `Очень длинный перевод короткого предложения номер ${i}, который всё не кончается.`])
    else if (n === 7) rows.push([`Price: 1,000.50 dollars for ${i} items.`, `Цена: 1 000,50 долларов за ${i} штук.`])
    else if (n === 8) rows.push([`Is it true, number ${i}?`, `Превет, это правда, номер ${i}.`])
    else if (n === 9)
      rows.push([
        `A long enough source sentence number ${i} for the ratio.`,
        `Достаточно длинное предложение номер ${i}.`,
      ])
    else if (n === 10) rows.push([`Not translated ${i}.`, ''])
    else rows.push([`Plain sentence number ${i} of the sample.`, `Обычное предложение номер ${i} из образца.`])
  }
  return rows
}

/** A report without the segment ids (new each run): what each row was found to have. */
const meaningOf = (qa: TranslationQa) => ({
  counts: qa.counts,
  issues: qa.issues.map(({ row, check, severity, messageKey, params, source, target, ignored }) => ({
    row,
    check,
    severity,
    messageKey,
    params,
    ...(source ? { source } : {}),
    ...(target ? { target } : {}),
    ignored: ignored !== null,
  })),
})

describe.each(testBackends())('the QA report of a long translation on $name', ({ open }) => {
  let db: Db
  let documentId: string
  const ROWS = 600
  beforeAll(async () => {
    db = await open()
    const rows = sampleRows(ROWS)
    documentId = (
      await createTestDocument(
        db,
        rows.map(([source]) => source),
      )
    ).id
    await createTranslation(db, { documentId, lang: 'ru' })
    const view = (await getTranslation(db, { documentId, lang: 'ru', withHtml: false }))!
    const filled = view.rows.flatMap((row, k) => {
      const text = rows[k]![1]
      return text ? [{ id: row.targets[0]!.id, text, content: textToDoc(text) }] : []
    })
    await db.$executeRaw`UPDATE "TargetSegment" AS s SET "text" = v."text", "content" = v."content", "status" = 'translated'
      FROM jsonb_to_recordset(${JSON.stringify(filled)}::jsonb) AS v("id" text, "text" text, "content" jsonb) WHERE s."id" = v."id"`
    const pair = { srcLang: 'en', tgtLang: 'ru' }
    const term = { partOfSpeech: 'noun' as const, definition: '', note: '', forbidden: ['кот'] }
    await createGlossaryTerm(db, pair, { sourceTerm: 'cat', targetTerm: 'кошка', ...term })
  }, 60_000)
  afterAll(async () => db.$disconnect())

  test('finds what it found before the checks took turns with other requests (a sample of 600 rows)', async () => {
    const expected = JSON.parse(
      readFileSync(new URL('./test/qa-report-sample.json', import.meta.url), 'utf8'),
    ) as unknown
    expect(meaningOf(await getTranslationQa(db, { documentId, lang: 'ru' }))).toEqual(expected)
  }, 60_000)

  test('timers fire while the rows are checked, so other requests are not held for the whole report', async () => {
    turns = 0
    turnsAtRow.length = 0
    let running = true
    const tick = () => {
      turns++
      if (running) setTimeout(tick, 0)
    }
    setTimeout(tick, 0)
    try {
      await getTranslationQa(db, { documentId, lang: 'ru' })
    } finally {
      running = false
    }
    const checked = turnsAtRow.length
    expect(checked).toBeGreaterThan(500)
    expect(turnsAtRow[checked - 1]! - turnsAtRow[0]!).toBeGreaterThan(0)
  }, 60_000)
})
