import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Actor } from '@/lib/auth/permissions'
import type { Db } from '@/lib/db/client'
import { createTestActor } from '@/lib/db/test/factories'
import { testBackends } from '@/lib/db/test/test-databases'
import { importExchangeFile } from '@/lib/server/imports/import-exchange-file'
import type { TmUnitInput } from '@/lib/tm/tm-unit'
import { pagesOfConfirmedPairs } from '@/lib/db/tm-link-sources'

const SOURCES = ['One.', 'Two.', 'Three.', 'Four.', 'Five.']

const tmx = `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="paragraph" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>${SOURCES.map(
  (s, i) => `<tu><tuv xml:lang="en"><seg>${s}</seg></tuv><tuv xml:lang="fr"><seg>Un ${i}.</seg></tuv></tu>`,
).join('')}</body></tmx>`

async function read(db: Db, translationId: string, pageSize: number) {
  const pages: TmUnitInput[][] = []
  for await (const page of pagesOfConfirmedPairs(db, { translationId, author: 'Reader', pageSize })) pages.push(page)
  return pages
}

describe.each(testBackends())('confirmed pairs read by pages on $name', ({ open }) => {
  let db: Db
  let actor: Actor
  beforeAll(async () => {
    db = await open()
    actor = await createTestActor(db)
  })
  afterAll(async () => db.$disconnect())

  test('pages of two links give the units one page gives, with the sources around each across page edges', async () => {
    const imported = await importExchangeFile(
      db,
      { input: tmx, format: 'tmx', fileName: 'pages.tmx', maxBytes: 1_000_000 },
      actor,
    )
    const translation = await db.translation.findFirstOrThrow({
      where: { documentId: imported.documentId },
      select: { id: true },
    })
    const whole = await read(db, translation.id, 100)
    const paged = await read(db, translation.id, 2)
    expect(whole).toHaveLength(1)
    expect(paged.map((p) => p.length)).toEqual([2, 2, 1])
    expect(paged.flat()).toEqual(whole.flat())
    expect(paged.flat().map((u) => [u.previousSource, u.source, u.nextSource])).toEqual([
      ['', 'One.', 'Two.'],
      ['One.', 'Two.', 'Three.'],
      ['Two.', 'Three.', 'Four.'],
      ['Three.', 'Four.', 'Five.'],
      ['Four.', 'Five.', ''],
    ])
  })
})
