import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '@/lib/db/client'
import { testBackends } from '@/lib/db/test/test-databases'
import { getTranslation } from '@/lib/db/translations'
import { DEMO_TRANSLATIONS } from './seed/demo-translations'
import { seedDemo } from './seed'

describe.each(testBackends())('the demo seed on $name', ({ open }) => {
  let db: Db
  beforeAll(async () => {
    db = await open()
  })
  afterAll(async () => db.$disconnect())

  test('every demo segment gets the status the seed asks for, approved ones included, and a second run changes nothing', async () => {
    const { id } = await seedDemo(db)
    for (const [lang, segments] of Object.entries(DEMO_TRANSLATIONS)) {
      const view = await getTranslation(db, { documentId: id, lang })
      for (const segment of segments)
        expect({ lang, position: segment.position, status: view?.rows[segment.position]?.targets[0]?.status }).toEqual({
          lang,
          position: segment.position,
          status: segment.status,
        })
    }
    expect(
      Object.values(DEMO_TRANSLATIONS)
        .flat()
        .some((s) => s.status === 'approved'),
    ).toBe(true)
    expect(await seedDemo(db)).toEqual({ id, created: false })
  })
})
