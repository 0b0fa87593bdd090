import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Actor, Role } from '@/lib/auth/permissions'
import type { Db } from '@/lib/db/client'
import { getSegment } from '@/lib/db/segments'
import { createTestActor, createTestDocument } from '@/lib/db/test/factories'
import { testBackends } from '@/lib/db/test/test-databases'
import { createTranslation, getTranslation } from '@/lib/db/translations'
import { emptyDoc } from '@/lib/richtext/empty-doc'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import { SEGMENT_EVENTS, SEGMENT_STATUSES, type SegmentEvent, type SegmentStatus } from '@/lib/workbench/segment-states'
import { EXPECTED, ROLE_EVENTS } from '@/lib/workbench/test/expected-transitions'
import { saveSegment } from './save-segment'

type Save = Omit<Parameters<typeof saveSegment>[1], 'segmentId' | 'version'>

// The saves that lead from empty to each state.
const PATH_TO: Record<SegmentStatus, Save[]> = {
  empty: [],
  draft: [{ content: textToDoc('Черновик') }],
  translated: [{ content: textToDoc('Перевод'), status: 'translated' }],
  approved: [{ content: textToDoc('Перевод'), status: 'translated' }, { status: 'approved' }],
  rejected: [
    { content: textToDoc('Перевод'), status: 'translated' },
    { status: 'rejected', comment: 'Again.' },
  ],
}

// The save each event stands for, as the editor and the API send it.
const EVENT_SAVE: Record<SegmentEvent, Save> = {
  edit: { content: textToDoc('Новый текст') },
  clear: { content: emptyDoc() },
  confirm: { status: 'translated' },
  reopen: { status: 'draft' },
  approve: { status: 'approved' },
  reject: { status: 'rejected', comment: 'Not quite.' },
}

/** What the save must answer: the status, 403 or 422; a refused edit-like event leaves the segment as it is. */
function expectedOutcome(role: Role, state: SegmentStatus, event: SegmentEvent) {
  if (!ROLE_EVENTS[role].includes(event)) return { error: 'auth.forbidden' }
  const next = EXPECTED[state][event]
  if (next !== 'refused') return { status: next }
  return event === 'approve' || event === 'reject' ? { error: 'segment.transitionRefused' } : { status: state }
}

describe.each(testBackends())('every state × event × role through saveSegment on $name', ({ open }) => {
  let db: Db
  let admin: Actor
  const people = {} as Record<Role, Actor>
  beforeAll(async () => {
    db = await open()
    admin = await createTestActor(db, { role: 'admin' })
    for (const role of ['translator', 'reviewer', 'admin'] as const)
      people[role] = await createTestActor(db, { role, langs: role === 'admin' ? [] : ['ru'] })
  })
  afterAll(async () => db.$disconnect())

  /** One Russian segment per event, each brought to `state` by an admin. */
  async function segmentsIn(state: SegmentStatus): Promise<Array<{ segmentId: string; version: number }>> {
    const { id } = await createTestDocument(
      db,
      SEGMENT_EVENTS.map((e) => `Source for ${e}.`),
    )
    await createTranslation(db, { documentId: id, lang: 'ru' })
    const rows = (await getTranslation(db, { documentId: id, lang: 'ru' }))!.rows
    const segments = []
    // One save at a time: PGlite has one connection, and transactions must not interleave on it.
    for (const row of rows) {
      const segmentId = row.targets[0]!.id
      let version = 1
      for (const save of PATH_TO[state]) ({ version } = await saveSegment(db, { segmentId, version, ...save }, admin))
      segments.push({ segmentId, version })
    }
    return segments
  }

  test.each(['translator', 'reviewer', 'admin'] as const)('as %s', async (role) => {
    for (const state of SEGMENT_STATUSES) {
      const segments = await segmentsIn(state)
      for (const [index, event] of SEGMENT_EVENTS.entries()) {
        const segment = segments[index]!
        expect((await getSegment(db, segment.segmentId))?.status, `set-up of ${state}`).toBe(state)
        const outcome = await saveSegment(db, { ...segment, ...EVENT_SAVE[event] }, people[role]).then(
          (saved) => ({ status: saved.status }),
          (error: { code?: string }) => ({ error: error.code }),
        )
        expect(outcome, `${role}: ${event} on ${state}`).toEqual(expectedOutcome(role, state, event))
      }
    }
  })

  test('a reviewer of another language may cause no event at all', async () => {
    const outsider = await createTestActor(db, { role: 'reviewer', langs: ['ko'] })
    const segments = await segmentsIn('translated')
    for (const [index, event] of SEGMENT_EVENTS.entries())
      await expect(
        saveSegment(db, { ...segments[index]!, ...EVENT_SAVE[event] }, outsider),
        event,
      ).rejects.toMatchObject({ code: 'auth.forbidden' })
  })
})
