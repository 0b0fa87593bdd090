import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { inject } from 'vitest'
import type { Actor } from '@/lib/auth/permissions'
import { createDb, type Db } from '@/lib/db/client'
import {
  createPresence,
  getPresence,
  listLiveEventsSince,
  pruneLiveEvents,
  type LiveEvent,
  type SegmentEventData,
} from '@/lib/db/live-events'
import { listenPglite, listenPostgres, type LiveListen } from '@/lib/db/live-listen'
import { newPglite } from '@/lib/db/new-pglite'
import { createTestActor, createTestDocument } from '@/lib/db/test/factories'
import { workerPostgresUrl } from '@/lib/db/test/test-databases'
import { createTranslation, getTranslation } from '@/lib/db/translations'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import { applyAlignmentOperation } from '@/lib/server/alignment/apply-alignment-operation'
import { saveSegment } from '@/lib/server/segments/save-segment'
import { createApiToken, revokeApiToken } from '@/lib/auth/api-tokens'
import { createRoute } from '@/lib/http/route'
import { lifecycle } from '@/lib/lifecycle'
import { createLiveHub } from './live-hub'
import { openEventStream } from './open-event-stream'
import { createStreamQuota } from './stream-quota'
import { endExpiredPresence, setOpenSegment } from './presence'

type Backend = { name: string; open: () => Promise<{ db: Db; listen: () => LiveListen; close: () => Promise<void> }> }

/** Each back-end with what an app instance listens through: the PGlite itself, or a PostgreSQL connection. */
function backends(): Backend[] {
  const list: Backend[] = [
    {
      name: 'pglite',
      open: async () => {
        const pglite = newPglite({ loadDataDir: new Blob([readFileSync(inject('pgliteDump'))]) })
        const db = createDb({ kind: 'pglite', pglite })
        return { db, listen: () => listenPglite(pglite), close: () => db.$disconnect() }
      },
    },
  ]
  const url = workerPostgresUrl()
  if (url)
    list.push({
      name: 'postgres',
      open: async () => {
        const db = createDb({ kind: 'postgres', url })
        return { db, listen: () => listenPostgres(url), close: () => db.$disconnect() }
      },
    })
  return list
}

/** Events as they arrive, and a way to wait for the one wanted (no sleeps: the test times out instead). */
function collector() {
  const seen: LiveEvent[] = []
  const waiters: Array<{ match: (e: LiveEvent) => boolean; resolve: (e: LiveEvent) => void }> = []
  return {
    seen,
    onEvent(event: LiveEvent) {
      seen.push(event)
      for (const waiter of [...waiters])
        if (waiter.match(event)) {
          waiters.splice(waiters.indexOf(waiter), 1)
          waiter.resolve(event)
        }
    },
    onClose() {},
    next(match: (e: LiveEvent) => boolean): Promise<LiveEvent> {
      const found = seen.find(match)
      if (found) return Promise.resolve(found)
      return new Promise((resolve) => waiters.push({ match, resolve }))
    },
  }
}

type Frame = { id?: string; event: string; data: unknown }

/** Reads an SSE stream frame by frame. */
function sseReader(stream: ReadableStream<Uint8Array>) {
  const reader = stream.getReader()
  const decoder = new TextDecoder()
  let buffer = ''
  const frames: Frame[] = []
  let done = false
  const pull = async () => {
    const chunk = await reader.read()
    if (chunk.done) {
      done = true
      return
    }
    buffer += decoder.decode(chunk.value, { stream: true })
    let end: number
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      const fields = Object.fromEntries(
        block
          .split('\n')
          .filter((line) => !line.startsWith(':') && line.includes(': '))
          .map((line) => [line.slice(0, line.indexOf(': ')), line.slice(line.indexOf(': ') + 2)]),
      )
      if (fields.event) frames.push({ id: fields.id, event: fields.event, data: JSON.parse(fields.data ?? 'null') })
    }
  }
  return {
    frames,
    /** Reads until a frame matches; the frames before it stay in `frames`. */
    async until(match: (frame: Frame) => boolean): Promise<Frame> {
      for (;;) {
        const found = frames.find(match)
        if (found) return found
        if (done) throw new Error(`The stream ended; got ${JSON.stringify(frames)}`)
        await pull()
      }
    },
    async ended(): Promise<boolean> {
      while (!done) await pull()
      return true
    },
    /** Keeps reading in the background, as a browser does (a stream nobody reads is dropped). */
    follow() {
      void (async () => {
        while (!done) await pull()
      })().catch(() => {})
    },
    /** How the stream ended once read to its end: closed, or dropped (errored). */
    outcome: (): Promise<'closed' | 'dropped'> =>
      (async () => {
        while (!done) await pull()
      })().then(
        () => 'closed' as const,
        () => 'dropped' as const,
      ),
    cancel: () => reader.cancel(),
  }
}

describe.each(backends())('live events on $name', ({ name, open }) => {
  let db: Db
  let listen: () => LiveListen
  let close: () => Promise<void>
  let actor: Actor
  let other: Actor
  let translationId: string
  let documentId: string
  let segmentIds: string[]

  beforeAll(async () => {
    ;({ db, listen, close } = await open())
    actor = await createTestActor(db, { name: 'Anna Live' })
    other = await createTestActor(db, { name: 'Boris Live' })
    const document = await createTestDocument(db, ['One.', 'Two.', 'Three.'])
    documentId = document.id
    translationId = (await createTranslation(db, { documentId, lang: 'de' })).id
    const view = await getTranslation(db, { documentId, lang: 'de' })
    segmentIds = view!.rows.flatMap((row) => row.targets.map((t) => t.id))
  })
  afterAll(async () => close())

  const hubOf = (options: { keepRows?: number } = {}) => createLiveHub({ db, listen: listen(), ...options })

  async function save(segmentId: string, text: string, who = actor) {
    const current = await db.targetSegment.findUniqueOrThrow({ where: { id: segmentId }, select: { version: true } })
    return saveSegment(db, { segmentId, version: current.version, content: textToDoc(text) }, who)
  }

  test('a save reaches the subscribers of every instance after commit, and a refused save reaches none', async () => {
    // Two hubs with a listener each: two app instances on one database.
    const [a, b] = [hubOf(), hubOf()]
    const [onA, onB] = [collector(), collector()]
    const stops = [await a.subscribe(translationId, onA), await b.subscribe(translationId, onB)]
    const saved = await save(segmentIds[0]!, 'Eins.')
    await save(segmentIds[0]!, 'stale')
    await save(segmentIds[0]!, 'x')
    await expect(
      saveSegment(db, { segmentId: segmentIds[0]!, version: saved.version, content: textToDoc('Old') }, actor),
    ).rejects.toMatchObject({ code: 'segment.conflict' })
    const isFirst = (e: LiveEvent) =>
      e.kind === 'segment' && e.data.id === segmentIds[0] && e.data.version === saved.version
    const [fromA, fromB] = await Promise.all([onA.next(isFirst), onB.next(isFirst)])
    expect(fromA.data).toEqual({
      id: saved.id,
      version: saved.version,
      status: saved.status,
      html: saved.html,
      content: saved.content,
      author: 'Anna Live',
    })
    expect(fromB.id).toBe(fromA.id)
    // The last successful save is heard; the conflict wrote nothing, so nothing about "Old" arrives.
    const last = await onB.next((e) => e.kind === 'segment' && (e.data as SegmentEventData).html === '<p>x</p>')
    expect(onB.seen.filter((e) => e.kind === 'segment').map((e) => (e.data as SegmentEventData).html)).toEqual([
      '<p>Eins.</p>',
      '<p>stale</p>',
      '<p>x</p>',
    ])
    expect(BigInt(last.id)).toBeGreaterThan(BigInt(fromA.id))
    for (const stop of stops) await stop()
    expect(a.stats()).toEqual({ subscribers: 0, listening: false })
    expect(b.stats()).toEqual({ subscribers: 0, listening: false })
  })

  test("a rejection's events (the segment's and its comment's) name the browser tab it came from", async () => {
    // A document of its own: the rejected segment would stop the other tests' saves.
    const { id: ownDocument } = await createTestDocument(db, ['Alone.'])
    const ownTranslation = (await createTranslation(db, { documentId: ownDocument, lang: 'de' })).id
    const [segmentId] = (await getTranslation(db, { documentId: ownDocument, lang: 'de' }))!.rows.flatMap((row) =>
      row.targets.map((t) => t.id),
    )
    const hub = hubOf()
    const heard = collector()
    const stop = await hub.subscribe(ownTranslation, heard)
    try {
      const tab = '0123456789abcdef01234567'
      const translated = await saveSegment(
        db,
        { segmentId: segmentId!, version: 1, content: textToDoc('Allein.'), status: 'translated' },
        actor,
      )
      const rejected = await saveSegment(
        db,
        { segmentId: segmentId!, version: translated.version, status: 'rejected', comment: 'Nein.', tab },
        other,
      )
      const segment = await heard.next((e) => e.kind === 'segment' && e.data.version === rejected.version)
      expect(segment.data).toMatchObject({ status: 'rejected', author: 'Boris Live', tab })
      const comment = await heard.next((e) => e.kind === 'comment' && e.data.segmentId === segmentId)
      expect(comment.data).toMatchObject({ author: 'Boris Live', tab })
      // A save without a tab (the CLI, a script) names none.
      const plain = await heard.next((e) => e.kind === 'segment' && e.data.version === translated.version)
      expect(plain.data).not.toHaveProperty('tab')
    } finally {
      await stop()
    }
  })

  test('an event larger than a NOTIFY payload is read from the table by id', async () => {
    const hub = hubOf()
    const heard = collector()
    const stop = await hub.subscribe(translationId, heard)
    const long = 'Lang '.repeat(4000)
    const saved = await save(segmentIds[1]!, long)
    const event = await heard.next((e) => e.kind === 'segment' && e.data.version === saved.version)
    expect((event.data as SegmentEventData).html).toBe(saved.html)
    expect(saved.html.length).toBeGreaterThan(8000)
    await stop()
  })

  test('an alignment operation sends the new version as a links event', async () => {
    const hub = hubOf()
    const heard = collector()
    const stop = await hub.subscribe(translationId, heard)
    try {
      const view = await db.translation.findUniqueOrThrow({ where: { id: translationId }, select: { version: true } })
      const link = await db.alignmentLink.findFirstOrThrow({
        where: { translationId },
        select: { id: true, confirmed: true },
      })
      const request = { op: 'confirm' as const, linkId: link.id, confirmed: !link.confirmed }
      const result = await applyAlignmentOperation(
        db,
        { documentId, lang: 'de', version: view.version, request },
        actor,
      )
      expect(result.version).toBe(view.version + 1)
      const event = await heard.next((e) => e.kind === 'links')
      expect(event.data).toEqual({ version: result.version, author: 'Anna Live' })
    } finally {
      await stop()
    }
  })

  test('a server that starts draining (SIGTERM) ends its streams, so the drain can finish', async () => {
    const hub = hubOf()
    const stream = sseReader(openEventStream({ db, hub, translationId, actor, signal: new AbortController().signal }))
    await stream.until((f) => f.event === 'hello')
    const state = lifecycle()
    try {
      state.drain()
      expect(await stream.ended()).toBe(true)
    } finally {
      // The process's one lifecycle: the other tests run on a server that is not stopping.
      state.draining = false
    }
  })

  test('a stream ended by the drain finishes ending its presence before the database may close', async () => {
    // The launcher closes the database once the tracked tasks are done: a presence still being ended then
    // held its connection in a transaction, and the server never exited (seen under bench:load).
    const hub = hubOf()
    const stream = sseReader(openEventStream({ db, hub, translationId, actor, signal: new AbortController().signal }))
    const hello = await stream.until((f) => f.event === 'hello')
    const clientId = (hello.data as { clientId: string }).clientId
    expect(await getPresence(db, clientId)).not.toBeNull()
    const state = lifecycle()
    try {
      state.drain()
      while (state.tasks.size > 0) await Promise.allSettled([...state.tasks])
      expect(await getPresence(db, clientId)).toBeNull()
      expect(await stream.ended()).toBe(true)
    } finally {
      // The process's one lifecycle: the other tests run on a server that is not stopping.
      state.draining = false
    }
  })

  test('a reconnect resumes after Last-Event-ID with every event it missed, in order', async () => {
    const hub = hubOf()
    const abort = new AbortController()
    const first = sseReader(openEventStream({ db, hub, translationId, actor, signal: abort.signal }))
    const hello = await first.until((f) => f.event === 'hello')
    await save(segmentIds[2]!, 'Drei.')
    const seen = await first.until((f) => f.event === 'segment')
    expect(BigInt(seen.id!)).toBeGreaterThan(BigInt(hello.id!))
    abort.abort()
    expect(await first.ended()).toBe(true)
    // Saved while nobody listens: found in the replay window.
    const missed = [await save(segmentIds[2]!, 'Drei!'), await save(segmentIds[0]!, 'Eins!', other)]
    const again = sseReader(
      openEventStream({ db, hub, translationId, actor, lastEventId: seen.id, signal: new AbortController().signal }),
    )
    await again.until((f) => f.event === 'segment' && (f.data as SegmentEventData).html === '<p>Eins!</p>')
    const replayed = again.frames.filter((f) => f.event === 'segment').map((f) => f.data as SegmentEventData)
    expect(replayed.map((d) => [d.id, d.version, d.author])).toEqual(
      missed.map((s, i) => [s.id, s.version, i === 0 ? 'Anna Live' : 'Boris Live']),
    )
    // And live events follow the replay on the same stream.
    const live = await save(segmentIds[1]!, 'Zwei.')
    const liveFrame = await again.until(
      (f) =>
        f.event === 'segment' &&
        (f.data as SegmentEventData).version === live.version &&
        (f.data as SegmentEventData).id === live.id,
    )
    expect(again.frames.indexOf(liveFrame)).toBe(again.frames.length - 1)
    await again.cancel()
    expect(hub.stats()).toEqual({ subscribers: 0, listening: false })
  })

  test('a resume from an id never issued (a tab older than the database, or past 64 bits) is told to reload', async () => {
    await save(segmentIds[0]!, 'e')
    const newest = (await listLiveEventsSince(db, { translationId, afterId: '0' })).events.at(-1)!.id
    expect(await listLiveEventsSince(db, { translationId, afterId: newest })).toEqual({ events: [], complete: true })
    for (const afterId of [String(BigInt(newest) + 1000n), '9999999999999999999'])
      expect(await listLiveEventsSince(db, { translationId, afterId })).toEqual({ events: [], complete: false })
  })

  test('pruning keeps the newest rows and the recent ones; a resume from before them is told to reload', async () => {
    for (const text of ['a', 'b', 'c', 'd']) await save(segmentIds[0]!, text)
    const before = await listLiveEventsSince(db, { translationId, afterId: '0' })
    expect(before.complete).toBe(true)
    const ids = before.events.map((e) => e.id)
    // Keep two rows of the whole table: everything older is gone, whatever its age.
    await pruneLiveEvents(db, { olderThan: new Date(0), keep: 2 })
    const after = await listLiveEventsSince(db, { translationId, afterId: ids.at(-3)! })
    expect(after).toEqual({ events: [before.events.at(-2), before.events.at(-1)], complete: true })
    expect(await listLiveEventsSince(db, { translationId, afterId: ids.at(-4)! })).toEqual({
      events: [],
      complete: false,
    })
    // By age: all are younger than an hour, none younger than the future.
    expect(await pruneLiveEvents(db, { olderThan: new Date(Date.now() - 3_600_000), keep: 100 })).toBe(0)
    expect(await pruneLiveEvents(db, { olderThan: new Date(Date.now() + 60_000), keep: 100 })).toBe(2)

    const hub = hubOf()
    const stream = sseReader(
      openEventStream({ db, hub, translationId, actor, lastEventId: ids.at(-4), signal: new AbortController().signal }),
    )
    const reset = await stream.until((f) => f.event === 'reset')
    expect(reset.id).toMatch(/^\d+$/)
    await stream.cancel()
  })

  test('presence: who has which segment open reaches the others, and ends with the stream', async () => {
    const hub = hubOf()
    const watcher = sseReader(
      openEventStream({ db, hub, translationId, actor: other, signal: new AbortController().signal }),
    )
    await watcher.until((f) => f.event === 'presence')
    const editing = new AbortController()
    const editor = sseReader(openEventStream({ db, hub, translationId, actor, signal: editing.signal }))
    const { clientId } = (await editor.until((f) => f.event === 'hello')).data as { clientId: string }
    await expect(
      setOpenSegment(db, { translationId, clientId, segmentId: segmentIds[1]! }, other),
    ).rejects.toMatchObject({ code: 'presence.notFound' })
    await setOpenSegment(db, { translationId, clientId, segmentId: segmentIds[1]! }, actor)
    const opened = await watcher.until(
      (f) => f.event === 'presence' && (f.data as { editors: unknown[] }).editors.length > 0,
    )
    expect(opened.data).toEqual({
      editors: [{ clientId, userId: actor.id, name: 'Anna Live', segmentId: segmentIds[1] }],
    })
    editing.abort()
    expect(await editor.ended()).toBe(true)
    const closed = await watcher.until(
      (f) => f !== opened && f.event === 'presence' && watcher.frames.indexOf(f) > watcher.frames.indexOf(opened),
    )
    expect(closed.data).toEqual({ editors: [] })
    expect(await db.livePresence.count({ where: { id: clientId } })).toBe(0)
    await watcher.cancel()
    expect(hub.stats()).toEqual({ subscribers: 0, listening: false })
  })

  test('a presence its instance stopped renewing (it died) expires, and the others are told it ended', async () => {
    const hub = hubOf()
    const heard = collector()
    const stop = await hub.subscribe(translationId, heard)
    try {
      // A stream of an instance that went away: its row stays, with a segment open, until it expires.
      const ghost = `ghost-${name}`
      const now = new Date()
      await createPresence(db, {
        id: ghost,
        translationId,
        userId: other.id,
        expiresAt: new Date(now.getTime() + 60_000),
      })
      await setOpenSegment(db, { translationId, clientId: ghost, segmentId: segmentIds[0]! }, other)
      const shown = await heard.next(
        (e) => e.kind === 'presence' && e.data.editors.some((editor) => editor.clientId === ghost),
      )
      // A minute later nothing renewed it.
      await endExpiredPresence(db, new Date(now.getTime() + 60_000))
      const ended = await heard.next(
        (e) =>
          e.kind === 'presence' && BigInt(e.id) > BigInt(shown.id) && e.data.editors.every((x) => x.clientId !== ghost),
      )
      expect(ended.translationId).toBe(translationId)
      expect(await db.livePresence.count({ where: { id: ghost } })).toBe(0)
    } finally {
      await stop()
    }
  })

  test('heartbeats renew the presence of every open stream', async () => {
    const hub = hubOf()
    const controllers = [new AbortController(), new AbortController()]
    const readers = controllers.map((c) =>
      sseReader(openEventStream({ db, hub, translationId, actor, signal: c.signal, heartbeatMs: 100 })),
    )
    const ids = await Promise.all(
      readers.map(async (r) => ((await r.until((f) => f.event === 'hello')).data as { clientId: string }).clientId),
    )
    const expiries = async () =>
      (await db.livePresence.findMany({ where: { id: { in: ids } }, select: { expiresAt: true } })).map((p) =>
        p.expiresAt.getTime(),
      )
    for (const r of readers) r.follow()
    const first = Math.max(...(await expiries()))
    // Each heartbeat moves the expiry on (three heartbeats of 100 ms from now); both rows move.
    await vi.waitFor(async () => expect(Math.min(...(await expiries()))).toBeGreaterThan(first), { timeout: 10_000 })
    for (const c of controllers) c.abort()
    for (const r of readers) await r.ended()
    expect(await db.livePresence.count({ where: { id: { in: ids } } })).toBe(0)
  })

  // A stream used to outlive its reader's account and its translation: a deleted person went on getting
  // every segment as it was saved, and a deleted translation's page went on as if it were there.
  test('a stream ends at its next heartbeat once its person or its translation is deleted', async () => {
    const hub = hubOf()
    const leaving = await createTestActor(db, { name: 'Vera Leaving' })
    const doomed = (await createTranslation(db, { documentId, lang: 'fr' })).id
    const open = (who: Actor, translation: string) => {
      const controller = new AbortController()
      const reader = sseReader(
        openEventStream({
          db,
          hub,
          translationId: translation,
          actor: who,
          signal: controller.signal,
          heartbeatMs: 100,
        }),
      )
      return { controller, reader }
    }
    const ofPerson = open(leaving, translationId)
    const ofTranslation = open(actor, doomed)
    const staying = open(actor, translationId)
    for (const stream of [ofPerson, ofTranslation, staying]) {
      await stream.reader.until((f) => f.event === 'hello')
      stream.reader.follow()
    }
    await db.user.delete({ where: { id: leaving.id } })
    await db.translation.delete({ where: { id: doomed } })
    expect(await ofPerson.reader.ended()).toBe(true)
    expect(await ofTranslation.reader.ended()).toBe(true)
    // A stream whose person and translation are there goes on.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(hub.stats().subscribers).toBe(1)
    staying.controller.abort()
    await staying.reader.ended()
  })

  // A reader that stopped reading kept every event in the server's memory while others saved large
  // segments (8 → 126 MB over 80 saves), until it went away; heartbeats kept such a stream open.
  test('a stream whose reader stops reading is dropped once too much waits, and its resume is told to reload', async () => {
    const hub = hubOf()
    const quota = createStreamQuota(1)
    const stalled = sseReader(
      openEventStream({
        db,
        hub,
        translationId,
        actor,
        signal: new AbortController().signal,
        queueBytes: 64 * 1024,
        onEnd: quota.take(actor.id)!,
      }),
    )
    const hello = await stalled.until((f) => f.event === 'hello')
    const big = 'x'.repeat(30_000)
    for (let i = 0; i < 4; i++) await save(segmentIds[1]!, `${big}${i}`)
    await vi.waitFor(() => expect(quota.held(actor.id)).toBe(0), { timeout: 10_000 })
    expect(await stalled.outcome()).toBe('dropped')
    expect(hub.stats().subscribers).toBe(0)
    // The replay of what it missed is more than a stream may hold: the reconnect reloads instead.
    const resumed = sseReader(
      openEventStream({
        db,
        hub,
        translationId,
        actor,
        lastEventId: hello.id,
        signal: new AbortController().signal,
        queueBytes: 64 * 1024,
      }),
    )
    await resumed.until((f) => f.event === 'reset')
    expect(resumed.frames.filter((f) => f.event === 'segment')).toEqual([])
    await resumed.cancel()
  })

  test('a stream with data nobody has taken for two heartbeats is dropped', async () => {
    const hub = hubOf()
    const quota = createStreamQuota(1)
    const stalled = sseReader(
      openEventStream({
        db,
        hub,
        translationId,
        actor,
        signal: new AbortController().signal,
        heartbeatMs: 100,
        onEnd: quota.take(actor.id)!,
      }),
    )
    await stalled.until((f) => f.event === 'hello')
    await save(segmentIds[2]!, 'Drei.')
    await vi.waitFor(() => expect(quota.held(actor.id)).toBe(0), { timeout: 10_000 })
    expect(await stalled.outcome()).toBe('dropped')
    expect(hub.stats().subscribers).toBe(0)
  })

  // A revoked token (or a sign-out) was refused on new requests, but a stream it had opened went on
  // getting every segment as it was saved.
  test('a stream ends at its next heartbeat once the token it was opened with is revoked', async () => {
    const hub = hubOf()
    const route = createRoute({
      getDb: () => db,
      getAuth: () => {
        throw new Error('these tests sign in with tokens')
      },
    })
    const events = route({ allow: 'documents.read' }, async ({ request, actor: who, stillAllowed }) => {
      const stream = openEventStream({
        db,
        hub,
        translationId,
        actor: who,
        signal: request.signal,
        heartbeatMs: 100,
        stillAllowed,
      })
      return new Response(stream)
    })
    const { info, token } = await createApiToken(db, other.id, 'stream')
    const open = async () => {
      const headers = { authorization: `Bearer ${token}` }
      const response = await events(new Request('http://localhost/api/test', { headers }), {
        params: Promise.resolve({}),
      })
      return sseReader(response.body!)
    }
    const stream = await open()
    await stream.until((f) => f.event === 'hello')
    stream.follow()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(hub.stats().subscribers).toBe(1)
    await revokeApiToken(db, other.id, info.id)
    expect(await stream.ended()).toBe(true)
    expect(hub.stats().subscribers).toBe(0)
  })

  test('closing every stream leaves no listener behind', async () => {
    const hub = hubOf()
    // PGlite listens on the one session the queries use; PostgreSQL on a connection of its own.
    const listeners = async () =>
      (name === 'pglite'
        ? await db.$queryRaw<Array<{ n: number }>>`
              SELECT count(*)::int AS n FROM pg_listening_channels() AS c WHERE c = 'parallel_live'`
        : await db.$queryRaw<Array<{ n: number }>>`
              SELECT count(*)::int AS n FROM pg_stat_activity
              WHERE datname = current_database() AND query = 'LISTEN parallel_live'`)[0]!.n
    const controllers = [new AbortController(), new AbortController(), new AbortController()]
    const quota = createStreamQuota(3)
    const readers = controllers.map((c) => {
      const release = quota.take(actor.id)!
      return sseReader(openEventStream({ db, hub, translationId, actor, signal: c.signal, onEnd: release }))
    })
    await Promise.all(readers.map((r) => r.until((f) => f.event === 'hello')))
    expect(hub.stats()).toEqual({ subscribers: 3, listening: true })
    expect(await listeners()).toBe(1)
    expect(quota.take(actor.id)).toBeNull()
    for (const c of controllers) c.abort()
    for (const r of readers) await r.ended()
    // Every ended stream gave its place back.
    expect(quota.held(actor.id)).toBe(0)
    expect(hub.stats()).toEqual({ subscribers: 0, listening: false })
    expect(await db.livePresence.count({ where: { translationId } })).toBe(0)
    expect(await listeners()).toBe(0)
  })
})
