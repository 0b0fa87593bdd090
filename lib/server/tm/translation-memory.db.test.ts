import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Actor } from '@/lib/auth/permissions'
import type { Db } from '@/lib/db/client'
import { createTestActor, createTestDocument } from '@/lib/db/test/factories'
import { testBackends } from '@/lib/db/test/test-databases'
import { createTranslation, getTranslation } from '@/lib/db/translations'
import { indexUnindexedTmUnits, upsertTmUnits } from '@/lib/db/tm-units'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import { importExchangeFile } from '@/lib/server/imports/import-exchange-file'
import { saveSegment } from '@/lib/server/segments/save-segment'
import type { TmUnitInput } from '@/lib/tm/tm-unit'
import { readTmx } from '@/lib/formats/read-tmx'
import { exportMemory } from './export-memory'
import { findMatches } from './find-matches'
import { importTmxToMemory, TM_IMPORT_BATCH } from './import-tmx-to-memory'
import { searchConcordance } from './search-concordance'

let pairs = 0
/** A language pair of its own for each test, so tests never see each other's units. */
const newPair = () => ({ srcLang: 'en', tgtLang: `de-x-t${++pairs}-${Math.random().toString(36).slice(2, 8)}` })

const unit = (
  pair: { srcLang: string; tgtLang: string },
  source: string,
  target: string,
  at = new Date('2026-01-01'),
): TmUnitInput => ({
  ...pair,
  source,
  target,
  origin: 'test.tmx',
  status: 'imported',
  updatedAt: at,
})

const tmx = (units: Array<[string, string]>, tgtLang: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>${units
    .map(
      ([s, t]) => `<tu><tuv xml:lang="en"><seg>${s}</seg></tuv><tuv xml:lang="${tgtLang}"><seg>${t}</seg></tuv></tu>`,
    )
    .join('')}</body></tmx>`

describe.each(testBackends())('translation memory on $name', ({ open }) => {
  let db: Db
  let actor: Actor
  beforeAll(async () => {
    db = await open()
    actor = await createTestActor(db)
  })
  afterAll(async () => db.$disconnect())

  test('an identical pair is stored once and the newest wins', async () => {
    const pair = newPair()
    expect(await upsertTmUnits(db, [unit(pair, 'Open the file.', 'Öffnen Sie die Datei.')])).toEqual({
      added: 1,
      updated: 0,
    })
    const newer = {
      ...unit(pair, 'Open  the file. ', 'Öffnen Sie die Datei.', new Date('2026-02-01')),
      origin: 'newer.tmx',
    }
    expect(await upsertTmUnits(db, [newer])).toEqual({ added: 0, updated: 1 })
    const older = {
      ...unit(pair, 'Open the file.', 'Öffnen Sie die Datei.', new Date('2025-01-01')),
      origin: 'older.tmx',
    }
    await upsertTmUnits(db, [older])
    const rows = await db.tmUnit.findMany({ where: pair })
    expect(rows.map((r) => r.origin)).toEqual(['newer.tmx'])
  })

  test('lookup returns exact and fuzzy matches best first, with percentages', async () => {
    const pair = newPair()
    await upsertTmUnits(db, [
      unit(pair, 'Click Save to keep your changes.', 'Cliquez sur Enregistrer pour conserver vos modifications.'),
      unit(pair, 'Click Cancel to keep your changes.', 'Cliquez sur Annuler pour conserver vos modifications.'),
      unit(pair, 'The weather is nice today.', 'Il fait beau aujourd’hui.'),
    ])
    const matches = await findMatches(db, { ...pair, text: 'Click Save to keep your changes.', limit: 5 })
    expect(matches.map((m) => [m.score, m.kind, m.target])).toEqual([
      [100, 'exact', 'Cliquez sur Enregistrer pour conserver vos modifications.'],
      [84, 'fuzzy', 'Cliquez sur Annuler pour conserver vos modifications.'],
    ])
    expect(await findMatches(db, { ...pair, text: 'Nothing like it at all here', limit: 5 })).toEqual([])
  })

  test('a translated segment is remembered with its context and matches in context (101)', async () => {
    const document = await createTestDocument(db, ['First sentence here.', 'Press the red button.', 'Last one.'])
    await createTranslation(db, { documentId: document.id, lang: 'de' })
    const rows = (await getTranslation(db, { documentId: document.id, lang: 'de' }))!.rows
    const segment = rows[1]!.targets[0]!
    await saveSegment(
      db,
      { segmentId: segment.id, version: 1, content: textToDoc('Drücken Sie die rote Taste.'), status: 'translated' },
      actor,
    )
    const at = { srcLang: 'en', tgtLang: 'de', text: 'Press the red button.', limit: 5 }
    const inContext = await findMatches(db, { ...at, previousText: 'First sentence here.', nextText: 'Last one.' })
    expect(inContext[0]).toMatchObject({
      score: 101,
      kind: 'context',
      target: 'Drücken Sie die rote Taste.',
      documentId: document.id,
    })
    const elsewhere = await findMatches(db, { ...at, previousText: 'Something else.', nextText: '' })
    expect(elsewhere[0]).toMatchObject({ score: 100, kind: 'exact' })
  })

  test('a segment is not offered its own saved translation, but identical ones saved elsewhere are', async () => {
    const source = `Tighten the ${randomUUID()} bolt by hand.`
    const saveIn = async (lang: string, target: string) => {
      const document = await createTestDocument(db, ['Before it.', source, 'After it.'])
      await createTranslation(db, { documentId: document.id, lang })
      const segment = (await getTranslation(db, { documentId: document.id, lang }))!.rows[1]!.targets[0]!
      await saveSegment(
        db,
        { segmentId: segment.id, version: 1, content: textToDoc(target), status: 'translated' },
        actor,
      )
      return { documentId: document.id, segmentId: segment.id }
    }
    const lookup = async (segmentId: string) =>
      (
        await findMatches(db, {
          srcLang: 'en',
          tgtLang: 'nl',
          text: source,
          previousText: 'Before it.',
          nextText: 'After it.',
          segmentId,
          limit: 5,
        })
      ).map((m) => ({ score: m.score, target: m.target, documentId: m.documentId }))
    const first = await saveIn('nl', 'Draai de bout met de hand vast.')
    expect(await lookup(first.segmentId)).toEqual([])
    const second = await saveIn('nl', 'Draai de bout met de hand vast.')
    expect(await lookup(first.segmentId)).toEqual([
      { score: 101, target: 'Draai de bout met de hand vast.', documentId: second.documentId },
    ])
    const third = await saveIn('nl', 'Zet de bout met de hand vast.')
    expect(await lookup(third.segmentId)).toEqual([
      { score: 101, target: 'Draai de bout met de hand vast.', documentId: second.documentId },
    ])
  })

  test('a rejected translation is no longer offered as a match, until it is saved as translated again', async () => {
    const source = `Turn the ${randomUUID()} valve slowly.`
    const document = await createTestDocument(db, ['Before it.', source, 'After it.'])
    await createTranslation(db, { documentId: document.id, lang: 'fr' })
    const segment = (await getTranslation(db, { documentId: document.id, lang: 'fr' }))!.rows[1]!.targets[0]!
    const wrong = textToDoc('Une phrase qui ne correspond pas.')
    await saveSegment(db, { segmentId: segment.id, version: 1, content: wrong, status: 'translated' }, actor)
    const at = {
      srcLang: 'en',
      tgtLang: 'fr',
      text: source,
      previousText: 'Before it.',
      nextText: 'After it.',
      limit: 5,
    }
    const targets = async () => (await findMatches(db, at)).map((m) => m.target)
    expect(await targets()).toEqual(['Une phrase qui ne correspond pas.'])
    await saveSegment(db, { segmentId: segment.id, version: 2, status: 'rejected', comment: 'Wrong sentence.' }, actor)
    expect(await targets()).toEqual([])
    await saveSegment(db, { segmentId: segment.id, version: 3, content: wrong, status: 'translated' }, actor)
    expect(await targets()).toEqual(['Une phrase qui ne correspond pas.'])
  })

  test('a draft is not remembered', async () => {
    const document = await createTestDocument(db, ['A draft sentence nobody confirmed yet.'])
    await createTranslation(db, { documentId: document.id, lang: 'de' })
    const segment = (await getTranslation(db, { documentId: document.id, lang: 'de' }))!.rows[0]!.targets[0]!
    await saveSegment(db, { segmentId: segment.id, version: 1, content: textToDoc('Ein Entwurf.') }, actor)
    expect(await db.tmUnit.count({ where: { documentId: document.id } })).toBe(0)
  })

  test('a fuzzy match is found among thousands of units made of the same common words', async () => {
    const pair = newPair()
    const common = ['the', 'of', 'and', 'to', 'in', 'is', 'for', 'on', 'with', 'file']
    const filler = Array.from({ length: 3000 }, (_, i) =>
      unit(
        pair,
        `${Array.from({ length: 8 }, (_, k) => common[(i * 7 + k * 3) % common.length]).join(' ')} w${i}.`,
        `f${i}`,
      ),
    )
    await upsertTmUnits(db, [...filler, unit(pair, 'Save the file to the shared folder of the project.', 'Speichern.')])
    // One word changed, every other word common: the rarest words (shared, folder, project) find it.
    const matches = await findMatches(db, {
      ...pair,
      text: 'Save the file to the shared folder of the team.',
      limit: 5,
    })
    expect(matches[0]?.source).toBe('Save the file to the shared folder of the project.')
    expect(matches[0]!.score).toBeGreaterThanOrEqual(80)
  })

  test('units stored before the word index are indexed at start and then found', async () => {
    const pair = newPair()
    await upsertTmUnits(db, [unit(pair, 'Restart the server after the upgrade.', 'Starten Sie den Server neu.')])
    await db.$executeRawUnsafe(
      'UPDATE "TmUnit" SET "sourceWords" = NULL, "targetWords" = NULL WHERE "tgtLang" = $1',
      pair.tgtLang,
    )
    await db.$executeRawUnsafe('DELETE FROM "TmWordCount"')
    const text = 'Restart the server after the update.'
    expect(await findMatches(db, { ...pair, text, limit: 5 })).toEqual([])
    expect(await indexUnindexedTmUnits(db)).toBeGreaterThanOrEqual(1)
    expect((await findMatches(db, { ...pair, text, limit: 5 })).map((m) => m.source)).toEqual([
      'Restart the server after the upgrade.',
    ])
  })

  test('concordance finds whole words through the index and parts of words by a scan', async () => {
    const pair = newPair()
    await upsertTmUnits(db, [
      unit(pair, 'The translation memory grows.', 'Das Übersetzungsgedächtnis wächst.'),
      unit(pair, 'Memory is cheap.', 'Speicher ist billig.'),
    ])
    const base = { ...pair, side: 'both' as const, limit: 10, ignoreCase: true, ignoreDiacritics: false }
    const words = await searchConcordance(db, { ...base, query: 'translation memory' })
    expect(words.map((h) => h.source)).toEqual(['The translation memory grows.'])
    const part = await searchConcordance(db, { ...base, query: 'transl' })
    expect(part.map((h) => [h.source, h.sourceHits])).toEqual([
      ['The translation memory grows.', [{ start: 4, end: 10 }]],
    ])
    const target = await searchConcordance(db, { ...base, query: 'gedächtnis' })
    expect(target.map((h) => h.target)).toEqual(['Das Übersetzungsgedächtnis wächst.'])
  })

  test('concordance finds a word on either side, ignoring case and diacritics when asked, folding ё', async () => {
    const pair = { srcLang: 'en', tgtLang: `ru-x-c${Math.random().toString(36).slice(2, 8)}` }
    await upsertTmUnits(db, [
      unit(pair, 'The café is closed.', 'Кафе закрыто. Всё.'),
      unit(pair, 'Our Cafe opens at nine.', 'Наше кафе открывается в девять.'),
      unit(pair, 'Nothing to see.', 'Ничего.'),
    ])
    const base = { ...pair, side: 'source' as const, limit: 10 }
    const loose = await searchConcordance(db, { ...base, query: 'cafe', ignoreCase: true, ignoreDiacritics: true })
    expect(loose.map((h) => h.source).sort()).toEqual(['Our Cafe opens at nine.', 'The café is closed.'])
    const strict = await searchConcordance(db, { ...base, query: 'cafe', ignoreCase: false, ignoreDiacritics: false })
    expect(strict).toEqual([])
    const target = await searchConcordance(db, {
      ...base,
      side: 'target',
      query: 'все',
      ignoreCase: true,
      ignoreDiacritics: false,
    })
    expect(target.map((h) => [h.target, h.targetHits])).toEqual([['Кафе закрыто. Всё.', [{ start: 14, end: 17 }]]])
  })

  test('a TMX file of several batches: repeated pairs stored once, word counts equal the units holding each word', async () => {
    const tgtLang = `fr-x-w${Math.random().toString(36).slice(2, 8)}`
    const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa']
    // Distinct pairs for nine tenths of a batch, the whole list twice and its first half again: three
    // batches, where a pair seen before (in an earlier batch or the same one) is one row, left unchanged.
    const distinct = Math.floor(TM_IMPORT_BATCH * 0.9)
    const pairs = Array.from({ length: distinct }, (_, n): [string, string] => {
      const source = `${words[n % 10]} ${words[Math.floor(n / 10) % 10]} ${words[Math.floor(n / 100) % 10]} ${n}.`
      return [source, `${source.toUpperCase()} (${tgtLang})`]
    })
    const all = [...pairs, ...pairs, ...pairs.slice(0, Math.floor(distinct / 2))]
    expect(Math.ceil(all.length / TM_IMPORT_BATCH)).toBe(3)
    const file = tmx(all, tgtLang)
    const request = { srcLang: 'en', tgtLang, fileName: 'w.tmx', maxBytes: 1e7, now: new Date('2026-03-01') }
    expect(await importTmxToMemory(db, { ...request, input: file })).toEqual({
      units: all.length,
      added: distinct,
      updated: 0,
      unchanged: all.length - distinct,
    })
    const held = await db.$queryRawUnsafe<Array<{ word: number; units: number }>>(
      'SELECT w AS word, count(*)::integer AS units FROM "TmUnit", unnest("sourceWords") AS w WHERE "tgtLang" = $1 GROUP BY w ORDER BY w',
      tgtLang,
    )
    expect(held.length).toBeGreaterThan(distinct)
    const counted = await db.$queryRawUnsafe<Array<{ word: number; units: number }>>(
      'SELECT word, units FROM "TmWordCount" WHERE word = ANY($1::integer[]) ORDER BY word',
      held.map((h) => h.word),
    )
    expect(counted).toEqual(held)
  })

  test('a TMX file is streamed into the memory; units out of the pair are skipped', async () => {
    const tgtLang = `fr-x-i${Math.random().toString(36).slice(2, 8)}`
    const file = tmx(
      [
        ['One &amp; two.', 'Un et deux.'],
        ['Three.', 'Trois.'],
        ['Three.', 'Trois.'],
      ],
      tgtLang,
    )
    const request = { srcLang: 'en', tgtLang, fileName: 'mem.tmx', maxBytes: 1e6, now: new Date('2026-03-01') }
    expect(await importTmxToMemory(db, { ...request, input: file })).toEqual({
      units: 3,
      added: 2,
      updated: 0,
      unchanged: 1,
    })
    const matches = await findMatches(db, { srcLang: 'en', tgtLang, text: 'One & two.', limit: 5 })
    expect(matches[0]).toMatchObject({ score: 100, target: 'Un et deux.', origin: 'mem.tmx' })
  })

  test('a file whose units are all in the memory already reports them as unchanged, not as added or updated', async () => {
    const tgtLang = `fr-x-u${Math.random().toString(36).slice(2, 8)}`
    const dated = (units: Array<[string, string]>, changedate: string) =>
      tmx(units, tgtLang).replaceAll('<tuv ', `<tuv changedate="${changedate}" `)
    const request = { srcLang: 'en', tgtLang, fileName: 'again.tmx', maxBytes: 1e6, now: new Date('2026-03-01') }
    const file = dated(
      [
        ['One.', 'Un.'],
        ['Two.', 'Deux.'],
      ],
      '20260101T000000Z',
    )
    expect(await importTmxToMemory(db, { ...request, input: file })).toEqual({
      units: 2,
      added: 2,
      updated: 0,
      unchanged: 0,
    })
    // The same file again: nothing to add, nothing changed.
    expect(await importTmxToMemory(db, { ...request, input: file })).toEqual({
      units: 2,
      added: 0,
      updated: 0,
      unchanged: 2,
    })
    // An older copy of pairs the memory holds newer: kept as they are, and said so.
    const older = dated([['One.', 'Un.']], '20250101T000000Z')
    expect(await importTmxToMemory(db, { ...request, fileName: 'old.tmx', input: older })).toEqual({
      units: 1,
      added: 0,
      updated: 0,
      unchanged: 1,
    })
    // A newer copy from another file replaces the unit: updated, the rest of the file unchanged.
    const newer = dated([['Two.', 'Deux.']], '20260201T000000Z')
    expect(await importTmxToMemory(db, { ...request, fileName: 'new.tmx', input: newer })).toEqual({
      units: 1,
      added: 0,
      updated: 1,
      unchanged: 0,
    })
    const rows = await db.tmUnit.findMany({ where: { tgtLang }, orderBy: { source: 'asc' } })
    expect(rows.map((r) => [r.source, r.origin])).toEqual([
      ['One.', 'again.tmx'],
      ['Two.', 'new.tmx'],
    ])
  })

  test('a file without dates imported again reports its units as unchanged and keeps their first time', async () => {
    const tgtLang = `fr-x-n${Math.random().toString(36).slice(2, 8)}`
    const file = tmx(
      [
        ['One.', 'Un.'],
        ['Two.', 'Deux.'],
      ],
      tgtLang,
    )
    const request = { srcLang: 'en', tgtLang, fileName: 'undated.tmx', maxBytes: 1e6, input: file }
    const first = new Date('2026-03-01')
    expect(await importTmxToMemory(db, { ...request, now: first })).toEqual({
      units: 2,
      added: 2,
      updated: 0,
      unchanged: 0,
    })
    // Each import stamps units without a date with its own clock: the second one is later, yet nothing changed.
    expect(await importTmxToMemory(db, { ...request, input: file, now: new Date('2026-03-02') })).toEqual({
      units: 2,
      added: 0,
      updated: 0,
      unchanged: 2,
    })
    const rows = await db.tmUnit.findMany({ where: { tgtLang }, orderBy: { source: 'asc' } })
    expect(rows.map((r) => [r.source, r.origin, r.updatedAt.toISOString()])).toEqual([
      ['One.', 'undated.tmx', first.toISOString()],
      ['Two.', 'undated.tmx', first.toISOString()],
    ])
    // Undated units that differ from the memory's (another file) still replace them, at the import's time.
    const later = new Date('2026-03-03')
    const other = tmx([['One.', 'Un.']], tgtLang)
    expect(await importTmxToMemory(db, { ...request, fileName: 'other.tmx', input: other, now: later })).toEqual({
      units: 1,
      added: 0,
      updated: 1,
      unchanged: 0,
    })
    const one = await db.tmUnit.findFirstOrThrow({ where: { tgtLang, source: 'One.' } })
    expect([one.origin, one.updatedAt.toISOString()]).toEqual(['other.tmx', later.toISOString()])
  })

  test('a pair the file has no text in is refused, naming the missing language and the file’s languages', async () => {
    const file = tmx(
      [
        ['One.', 'Один.'],
        ['Two.', 'Два.'],
      ],
      'ru-RU',
    )
    const request = { fileName: 'mem.tmx', maxBytes: 1e6, now: new Date('2026-03-01'), input: file }
    await expect(importTmxToMemory(db, { ...request, srcLang: 'en', tgtLang: 'de' })).rejects.toMatchObject({
      code: 'import.noTextInLanguage',
      details: { lang: 'de', langs: ['en', 'ru-RU'] },
    })
    await expect(importTmxToMemory(db, { ...request, srcLang: 'fr', tgtLang: 'ru' })).rejects.toMatchObject({
      code: 'import.noTextInLanguage',
      details: { lang: 'fr', langs: ['en', 'ru-RU'] },
    })
    // A language takes the file's regional variants of it (`ru` takes `ru-RU`), as the import itself does.
    const tgtLang = `ru-x-l${Math.random().toString(36).slice(2, 8)}`
    const regional = tmx([['One.', 'Один.']], `${tgtLang}-ru`)
    await expect(importTmxToMemory(db, { ...request, input: regional, srcLang: 'en', tgtLang })).resolves.toEqual({
      units: 1,
      added: 1,
      updated: 0,
      unchanged: 0,
    })
  })

  test('a file without units is refused as having none', async () => {
    const request = { fileName: 'empty.tmx', maxBytes: 1e6, now: new Date('2026-03-01'), srcLang: 'en', tgtLang: 'de' }
    await expect(importTmxToMemory(db, { ...request, input: tmx([], 'de') })).rejects.toMatchObject({
      code: 'import.noUnits',
    })
  })

  test('the confirmed links of an aligned import go into the memory', async () => {
    const tgtLang = `it-x-a${Math.random().toString(36).slice(2, 8)}`
    const file = tmx([['An aligned sentence from a corpus.', 'Una frase allineata da un corpus.']], tgtLang)
    const result = await importExchangeFile(
      db,
      { input: file, format: 'tmx', fileName: 'corpus.tmx', maxBytes: 1e6 },
      actor,
    )
    const matches = await findMatches(db, {
      srcLang: 'en',
      tgtLang,
      text: 'An aligned sentence from a corpus.',
      limit: 5,
    })
    expect(matches.map((m) => [m.score, m.target, m.documentId])).toEqual([
      [100, 'Una frase allineata da un corpus.', result.documentId],
    ])
  })

  test('the memory exports as TMX, all of it, by origin, or changed since a time', async () => {
    const pair = newPair()
    await upsertTmUnits(db, [
      { ...unit(pair, 'Old one.', 'Alt eins.', new Date('2025-06-01')), origin: 'a.tmx' },
      { ...unit(pair, 'New one.', 'Neu eins.', new Date('2026-06-01')), origin: 'a.tmx' },
      { ...unit(pair, 'Other one.', 'Ander eins.', new Date('2026-07-01')), origin: 'b.tmx' },
    ])
    const sources = async (options: { origin?: string; since?: Date }) => {
      let file = ''
      for await (const chunk of exportMemory(db, { ...pair, ...options, now: new Date() })) file += chunk
      const out: string[] = []
      for await (const event of readTmx(file)) if (event.kind === 'unit') out.push(event.unit.source?.text ?? '')
      return out
    }
    expect(await sources({})).toEqual(['Old one.', 'New one.', 'Other one.'])
    expect(await sources({ origin: 'a.tmx' })).toEqual(['Old one.', 'New one.'])
    expect(await sources({ since: new Date('2026-01-01') })).toEqual(['New one.', 'Other one.'])
  })

  test('a TMX with an entity declaration is refused', async () => {
    const hostile = `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&b;</seg></tuv><tuv xml:lang="fr"><seg>x</seg></tuv></tu></body></tmx>`
    await expect(
      importTmxToMemory(db, {
        input: hostile,
        srcLang: 'en',
        tgtLang: 'fr',
        fileName: 'h.tmx',
        maxBytes: 1e6,
        now: new Date(),
      }),
    ).rejects.toMatchObject({ code: 'import.invalidFile' })
  })
})
