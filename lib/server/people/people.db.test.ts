import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import * as activityRoute from '@/app/api/documents/[id]/activity/route'
import * as assignableRoute from '@/app/api/documents/[id]/assignable/route'
import * as assignmentsRoute from '@/app/api/documents/[id]/assignments/route'
import * as progressRoute from '@/app/api/documents/[id]/progress/route'
import * as workRoute from '@/app/api/me/work/route'
import { createApiToken } from '@/lib/auth/api-tokens'
import type { Actor, Role } from '@/lib/auth/permissions'
import type { Db } from '@/lib/db/client'
import { createTestActor, createTestDocument } from '@/lib/db/test/factories'
import { testBackends } from '@/lib/db/test/test-databases'
import { createTranslation, getTranslation } from '@/lib/db/translations'
import { callRoute, useDbForRoutes } from '@/lib/http/test/call-route'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import { saveSegment } from '@/lib/server/segments/save-segment'
import type { WorkItem } from './get-work'

type Person = Actor & { token: string }

describe.each(testBackends())('assignments, my work, progress and activity on $name', ({ open }) => {
  let db: Db
  let admin: Person, ruTranslator: Person, ruReviewer: Person, koTranslator: Person
  const person = async (role: Role, langs: string[], name: string): Promise<Person> => {
    const actor = await createTestActor(db, { role, langs, name })
    return { ...actor, token: (await createApiToken(db, actor.id, 'test')).token }
  }
  beforeAll(async () => {
    db = await open()
    admin = await person('admin', [], 'Ada Admin')
    ruTranslator = await person('translator', ['ru'], 'Roman Translator')
    ruReviewer = await person('reviewer', ['ru'], 'Rita Reviewer')
    koTranslator = await person('translator', ['ko'], 'Kim Translator')
  })
  beforeEach(() => useDbForRoutes(db))
  afterAll(async () => db.$disconnect())

  /** A document in English with Russian and Korean, five paragraphs of 1 to 5 words. */
  async function makeDocument() {
    const { id } = await createTestDocument(db, [
      'One.',
      'One two.',
      'One two three.',
      'One two three four.',
      'A b c d e.',
    ])
    await createTranslation(db, { documentId: id, lang: 'ru' })
    await createTranslation(db, { documentId: id, lang: 'ko' })
    const segments = (await getTranslation(db, { documentId: id, lang: 'ru' }))!.rows.map((r) => r.targets[0]!.id)
    return { id, segments }
  }

  const assign = (documentId: string, by: Person, body: { lang: string; role: string; userId: string | null }) =>
    callRoute(assignmentsRoute.PUT, { method: 'PUT', params: { id: documentId }, token: by.token, body })

  async function save(
    segmentId: string,
    by: Actor,
    change: { text?: string; status?: 'translated' | 'approved' | 'rejected' },
  ) {
    const current = await db.targetSegment.findUniqueOrThrow({ where: { id: segmentId }, select: { version: true } })
    const content = change.text === undefined ? undefined : textToDoc(change.text)
    // A rejection needs its reason (it becomes a comment).
    const comment = change.status === 'rejected' ? 'Needs another look.' : undefined
    return saveSegment(db, { segmentId, version: current.version, content, status: change.status, comment }, by)
  }

  /**
   * Russian: segment 0 approved, 1 rejected, 2 draft, 3 translated, 4 empty; the translator confirmed
   * 0, 1 and 3, the reviewer approved 0 and rejected 1.
   */
  async function makeWorkedDocument() {
    const doc = await makeDocument()
    const [s0, s1, s2, s3] = doc.segments as [string, string, string, string, string]
    await save(s0, ruTranslator, { text: 'Один.', status: 'translated' })
    await save(s1, ruTranslator, { text: 'Один два.', status: 'translated' })
    await save(s2, ruTranslator, { text: 'Один два три' })
    await save(s3, ruTranslator, { text: 'Раз два три четыре.', status: 'translated' })
    await save(s0, ruReviewer, { status: 'approved' })
    await save(s1, ruReviewer, { status: 'rejected' })
    return doc
  }

  describe('assignments', () => {
    test('an admin assigns a translator and a reviewer; everyone who reads the document sees them', async () => {
      const { id } = await makeDocument()
      expect((await assign(id, admin, { lang: 'ru', role: 'translator', userId: ruTranslator.id })).status).toBe(200)
      expect((await assign(id, admin, { lang: 'RU', role: 'reviewer', userId: ruReviewer.id })).status).toBe(200)
      const response = await callRoute(assignmentsRoute.GET, { params: { id }, token: koTranslator.token })
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual({
        assignments: [
          {
            lang: 'ru',
            role: 'translator',
            user: { id: ruTranslator.id, name: ruTranslator.name, email: ruTranslator.email },
          },
          { lang: 'ru', role: 'reviewer', user: { id: ruReviewer.id, name: ruReviewer.name, email: ruReviewer.email } },
        ],
      })
    })

    test('one person per role: a new assignment replaces the last one, and null clears it', async () => {
      const { id } = await makeDocument()
      await assign(id, admin, { lang: 'ru', role: 'translator', userId: ruTranslator.id })
      // A reviewer may translate too.
      expect((await assign(id, admin, { lang: 'ru', role: 'translator', userId: ruReviewer.id })).status).toBe(200)
      const replaced = (await (
        await callRoute(assignmentsRoute.GET, { params: { id }, token: admin.token })
      ).json()) as {
        assignments: Array<{ role: string; user: { id: string } }>
      }
      expect(replaced.assignments.map((a) => [a.role, a.user.id])).toEqual([['translator', ruReviewer.id]])
      await assign(id, admin, { lang: 'ru', role: 'translator', userId: null })
      expect(await db.assignment.count({ where: { translation: { documentId: id } } })).toBe(0)
    })

    test('a translator or reviewer may not assign (403), and nothing changes', async () => {
      const { id } = await makeDocument()
      for (const by of [ruTranslator, ruReviewer]) {
        const response = await assign(id, by, { lang: 'ru', role: 'translator', userId: ruTranslator.id })
        expect(response.status).toBe(403)
        expect(await response.json()).toMatchObject({ error: { code: 'auth.forbidden' } })
      }
      expect(await db.assignment.count({ where: { translation: { documentId: id } } })).toBe(0)
      expect((await callRoute(assignmentsRoute.GET, { params: { id } })).status).toBe(401)
    })

    test('a person who may not do that work in that language is refused with 422 assignment.notAllowed', async () => {
      const { id } = await makeDocument()
      const refused = [
        { lang: 'ru', role: 'translator', userId: koTranslator.id }, // another language
        { lang: 'ru', role: 'reviewer', userId: ruTranslator.id }, // a translator cannot approve
      ]
      for (const body of refused) {
        const response = await assign(id, admin, body)
        expect(response.status).toBe(422)
        expect(await response.json()).toMatchObject({ error: { code: 'assignment.notAllowed' } })
      }
      expect((await assign(id, admin, { lang: 'de', role: 'translator', userId: admin.id })).status).toBe(404)
      expect((await assign(id, admin, { lang: 'ru', role: 'translator', userId: 'nobody' })).status).toBe(404)
      expect(await db.assignment.count({ where: { translation: { documentId: id } } })).toBe(0)
    })

    test('the people an admin may choose for a language are those who may do the work there', async () => {
      const { id } = await makeDocument()
      const response = await callRoute(assignableRoute.GET, {
        params: { id },
        token: admin.token,
        query: { lang: 'ru' },
      })
      const body = (await response.json()) as Record<'translator' | 'reviewer', Array<{ id: string }>>
      const translators = body.translator.map((u) => u.id)
      const reviewers = body.reviewer.map((u) => u.id)
      expect(translators).toEqual(expect.arrayContaining([admin.id, ruTranslator.id, ruReviewer.id]))
      expect(translators).not.toContain(koTranslator.id)
      expect(reviewers).toEqual(expect.arrayContaining([admin.id, ruReviewer.id]))
      expect(reviewers).not.toContain(ruTranslator.id)
      const asTranslator = { params: { id }, token: ruTranslator.token, query: { lang: 'ru' } }
      expect((await callRoute(assignableRoute.GET, asTranslator)).status).toBe(403)
    })
  })

  describe('my work', () => {
    const workOf = async (who: Person, documentId: string, scope?: 'all') => {
      const response = await callRoute(workRoute.GET, { token: who.token, query: scope ? { scope } : {} })
      expect(response.status).toBe(200)
      const { work } = (await response.json()) as { work: WorkItem[] }
      return work.filter((item) => item.documentId === documentId)
    }

    test('each person sees what is assigned to them, with progress and what waits for them', async () => {
      const { id } = await makeWorkedDocument()
      await assign(id, admin, { lang: 'ru', role: 'translator', userId: ruTranslator.id })
      await assign(id, admin, { lang: 'ru', role: 'reviewer', userId: ruReviewer.id })
      await assign(id, admin, { lang: 'ko', role: 'translator', userId: koTranslator.id })

      const [translatorWork] = await workOf(ruTranslator, id)
      expect(translatorWork).toMatchObject({ lang: 'ru', role: 'translator', user: { id: ruTranslator.id } })
      expect(translatorWork!.progress).toEqual({
        segments: { total: 5, byStatus: { approved: 1, rejected: 1, draft: 1, translated: 1, empty: 1 } },
        // Source words: 1 + 2 + 3 + 4 + 5; confirmed: segments 0 and 3 (1 + 4), approved: segment 0.
        words: { total: 15, translated: 5, approved: 1 },
      })
      expect(translatorWork!.waiting).toEqual({ toTranslate: 2, toReview: 1, rejected: 1 })
      expect((await workOf(ruReviewer, id)).map((w) => [w.lang, w.role])).toEqual([['ru', 'reviewer']])
      const [korean] = await workOf(koTranslator, id)
      expect(korean!.waiting).toEqual({ toTranslate: 5, toReview: 0, rejected: 0 })
      expect(await workOf(admin, id)).toEqual([])
    })

    test('an admin sees everyone’s assignments; nobody else may ask for them', async () => {
      const { id } = await makeDocument()
      await assign(id, admin, { lang: 'ru', role: 'translator', userId: ruTranslator.id })
      await assign(id, admin, { lang: 'ko', role: 'translator', userId: koTranslator.id })
      expect((await workOf(admin, id, 'all')).map((w) => [w.lang, w.user.id])).toEqual([
        ['ko', koTranslator.id],
        ['ru', ruTranslator.id],
      ])
      const response = await callRoute(workRoute.GET, { token: ruTranslator.token, query: { scope: 'all' } })
      expect(response.status).toBe(403)
      expect((await callRoute(workRoute.GET, {})).status).toBe(401)
    })
  })

  describe('progress per person', () => {
    type Languages = Array<{
      lang: string
      people: Array<{ user: { id: string }; translated: { segments: number; words: number }; approved: object }>
    }>
    const progressOf = async (documentId: string) => {
      const response = await callRoute(progressRoute.GET, { params: { id: documentId }, token: ruReviewer.token })
      expect(response.status).toBe(200)
      return ((await response.json()) as { languages: Languages }).languages
    }

    test('counts what each person confirmed and approved that still stands, in segments and target words', async () => {
      const { id } = await makeWorkedDocument()
      const languages = await progressOf(id)
      expect(languages.map((l) => l.lang)).toEqual(['ko', 'ru'])
      expect(languages[0]!.people).toEqual([])
      expect(languages[1]!.people).toEqual([
        {
          user: { id: ruReviewer.id, name: ruReviewer.name, email: ruReviewer.email },
          translated: { segments: 0, words: 0 },
          approved: { segments: 1, words: 1 },
        },
        {
          // Segment 1 was rejected, so it no longer counts; segments 0 and 3 do (1 + 4 words).
          user: { id: ruTranslator.id, name: ruTranslator.name, email: ruTranslator.email },
          translated: { segments: 2, words: 5 },
          approved: { segments: 0, words: 0 },
        },
      ])
    })

    test('an edit of approved text credits its author with the translation, and the approval lapses', async () => {
      const { id, segments } = await makeWorkedDocument()
      await save(segments[0]!, admin, { text: 'Одна.' })
      const people = (await progressOf(id))[1]!.people
      const byId = new Map(people.map((p) => [p.user.id, p]))
      expect(byId.get(admin.id)).toMatchObject({ translated: { segments: 1, words: 1 }, approved: { segments: 0 } })
      expect(byId.get(ruTranslator.id)).toMatchObject({ translated: { segments: 1, words: 4 } })
      expect(byId.get(ruReviewer.id)).toBeUndefined()
    })
  })

  describe('activity', () => {
    type Item = { kind: string; author: { id: string } | null; lang: string; status?: string; segment?: { id: string } }
    const activityOf = async (documentId: string, query: Record<string, string> = {}) => {
      const response = await callRoute(activityRoute.GET, {
        params: { id: documentId },
        token: koTranslator.token,
        query,
      })
      expect(response.status).toBe(200)
      return ((await response.json()) as { activity: Item[] }).activity
    }

    test('lists the latest changes newest first, with their authors, bounded by limit', async () => {
      const { id, segments } = await makeWorkedDocument()
      await db.comment.create({ data: { segmentId: segments[1]!, authorId: ruReviewer.id, body: 'Term: “два”.' } })
      const activity = await activityOf(id)
      expect(activity.map((a) => [a.kind, a.author?.id, a.status])).toEqual([
        ['comment', ruReviewer.id, undefined],
        // The rejection's reason, written with it.
        ['comment', ruReviewer.id, undefined],
        ['revision', ruReviewer.id, 'rejected'],
        ['revision', ruReviewer.id, 'approved'],
        ['revision', ruTranslator.id, 'translated'],
        ['revision', ruTranslator.id, 'draft'],
        ['revision', ruTranslator.id, 'translated'],
        ['revision', ruTranslator.id, 'translated'],
      ])
      expect(activity[1]).toMatchObject({ lang: 'ru', segment: { id: segments[1], position: 1 } })
      expect((await activityOf(id, { limit: '3' })).map((a) => a.kind)).toEqual(['comment', 'comment', 'revision'])
      const tooMany = await callRoute(activityRoute.GET, {
        params: { id },
        token: admin.token,
        query: { limit: '9999' },
      })
      expect(tooMany.status).toBe(400)
    })
  })
})
