import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import * as presenceRoute from '@/app/api/documents/[id]/translations/[lang]/presence/route'
import { createApiToken } from '@/lib/auth/api-tokens'
import type { Actor } from '@/lib/auth/permissions'
import type { Db } from '@/lib/db/client'
import { newId } from '@/lib/db/bulk-insert'
import { createPresence, getPresence } from '@/lib/db/live-events'
import { createTestActor, createTestDocument } from '@/lib/db/test/factories'
import { testBackends } from '@/lib/db/test/test-databases'
import { createTranslation, getTranslation } from '@/lib/db/translations'
import { callRoute, useDbForRoutes } from '@/lib/http/test/call-route'

type Person = Actor & { token: string }

// Reading a translation is open to everyone, but a translator of `ru` who followed `ko` could say they
// held a `ko` segment: everyone there saw them on it and was asked to take it over.
describe.each(testBackends())('the presence route on $name', ({ open }) => {
  let db: Db
  let ruTranslator: Person, koTranslator: Person
  let documentId: string
  let translationId: string
  let segmentId: string
  const person = async (langs: string[]): Promise<Person> => {
    const actor = await createTestActor(db, { role: 'translator', langs })
    return { ...actor, token: (await createApiToken(db, actor.id, 'test')).token }
  }
  beforeAll(async () => {
    db = await open()
    ruTranslator = await person(['ru'])
    koTranslator = await person(['ko'])
    documentId = (await createTestDocument(db, ['One.'])).id
    translationId = (await createTranslation(db, { documentId, lang: 'ko' })).id
    segmentId = (await getTranslation(db, { documentId, lang: 'ko' }))!.rows[0]!.targets[0]!.id
  })
  beforeEach(() => useDbForRoutes(db))
  afterAll(async () => db.$disconnect())

  async function announce(who: Person) {
    const clientId = newId()
    await createPresence(db, { id: clientId, translationId, userId: who.id, expiresAt: new Date(Date.now() + 60_000) })
    const response = await callRoute(presenceRoute.POST, {
      method: 'POST',
      params: { id: documentId, lang: 'ko' },
      token: who.token,
      body: { clientId, segmentId },
    })
    return { response, presence: await getPresence(db, clientId) }
  }

  test('only someone who may edit the language says they have one of its segments open', async () => {
    const refused = await announce(ruTranslator)
    expect(refused.response.status).toBe(403)
    expect(await refused.response.json()).toMatchObject({ error: { code: 'auth.forbidden' } })
    expect(refused.presence?.segmentId).toBeNull()
    const allowed = await announce(koTranslator)
    expect(allowed.response.status).toBe(200)
    expect(allowed.presence?.segmentId).toBe(segmentId)
  })
})
