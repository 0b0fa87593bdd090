'use client'
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import { api, conflictOf, type ApiResult, type Segment } from '@/lib/api/client'
import type { RichDoc } from '@/lib/richtext/types'
import {
  autosave,
  initAutosave,
  type AutosaveEffect,
  type AutosaveEvent,
  type AutosaveState,
  type InitialSegment,
  type RemoteSegment,
} from '@/lib/workbench/autosave'
import type { SegmentStatus } from '@/lib/workbench/segment-states'
import {
  createEditQueue,
  memoryEditStore,
  openIndexedDbEditStore,
  replayAction,
  type EditQueue,
} from '@/lib/workbench/edit-queue'

/** What a save request came back as, in the reducer's terms. */
function toEvent(id: string, result: ApiResult<Segment>): AutosaveEvent {
  if (result.ok) return { type: 'saved', id, segment: result.data }
  const current = conflictOf(result.error)
  if (current) return { type: 'conflict', id, current }
  const { status } = result.error
  if (status !== undefined && status !== 409 && status >= 400 && status < 500) return { type: 'refused', id }
  return { type: 'failed', id }
}

type Listener = (segments: AutosaveState['segments']) => void

/**
 * Whom and what the kept edits belong to, and what shows a restored edit in an editor already open on
 * its segment (an editor reads its content only when it opens).
 */
export type EditScope = {
  userId: string
  documentId: string
  lang: string
  onRestore?: (id: string, content: RichDoc) => void
}

/** The server could not be reached on the last try: how many edits the browser keeps, and when the next try is. */
export type Offline = { kept: number; retryAt: number } | null

const countUnsaved = (state: AutosaveState) =>
  Object.values(state.segments).filter((s) => s.saveState !== 'saved').length

/** Typing is written to the browser's queue this long after the last key (and always before it is sent). */
const KEEP_MS = 150

function openQueue(scope: EditScope | undefined): EditQueue | null {
  if (!scope || typeof window === 'undefined') return null
  const store = window.indexedDB ? openIndexedDbEditStore().catch(memoryEditStore) : Promise.resolve(memoryEditStore())
  const { userId, documentId, lang } = scope
  return createEditQueue(store, { userId, documentId, lang })
}

/**
 * Holds the reducer's state and runs its effects: timers that dispatch `save`, and PATCH requests.
 * Every edit is kept in the browser (IndexedDB) before it is sent and until the server acknowledges
 * it, so a reload or a browser restart while the server is away loses nothing: `replay` brings it back.
 * Unsubscribing (the editor unmounting) flushes: every waiting edit, status and retry is sent at once,
 * and requests still running finish and send what was typed meanwhile.
 */
function createAutosaveRunner(initial: InitialSegment[], scope?: EditScope) {
  let state = initAutosave(initial)
  let listener: Listener = () => {}
  const timers = new Map<string, ReturnType<typeof setTimeout>>()
  const keepTimers = new Map<string, ReturnType<typeof setTimeout>>()
  const queue = openQueue(scope)
  let offline: Offline = null
  const offlineListeners = new Set<() => void>()
  const setOffline = (next: Offline) => {
    offline = next
    offlineListeners.forEach((l) => l())
  }
  /** Writes the latest typed text of a segment to the queue, on the version it was typed on. */
  const keepDraft = (id: string) => {
    clearTimeout(keepTimers.get(id))
    keepTimers.delete(id)
    const draft = state.drafts.get(id)
    const segment = state.segments[id]
    if (queue && draft && segment && !segment.conflict)
      void queue.keep(id, draft, segment.version, state.pendingStatus.get(id))
  }
  /** Follows what the server answered in the queue (before the reducer forgets what was sent). */
  const follow = (event: AutosaveEvent) => {
    if (!queue) return
    if (event.type === 'saved')
      void queue.acknowledge(event.id, state.inFlight.get(event.id)?.doc, event.segment.version)
    if (event.type === 'replaced' || (event.type === 'resolve' && event.keep === 'theirs')) void queue.drop(event.id)
    if (event.type === 'edit') {
      clearTimeout(keepTimers.get(event.id))
      keepTimers.set(
        event.id,
        setTimeout(() => keepDraft(event.id), KEEP_MS),
      )
    }
  }
  /** Sends now every segment waiting for a retry (the network is back, or another save just landed). */
  const retryNow = () => {
    for (const id of [...state.retries.keys()]) dispatch({ type: 'save', id })
  }
  const dispatch = (event: AutosaveEvent) => {
    follow(event)
    const { state: next, effects } = autosave(state, event)
    const hasChanged = next.segments !== state.segments
    state = next
    if (hasChanged) listener(next.segments)
    const wasOffline = offline !== null
    if (event.type === 'failed') {
      const retry = effects.find((e) => e.type === 'schedule')
      const delayMs = retry?.type === 'schedule' ? retry.delayMs : 0
      setOffline({ kept: countUnsaved(state), retryAt: Date.now() + delayMs })
    } else if (offline && hasChanged) setOffline({ ...offline, kept: countUnsaved(state) })
    if (event.type === 'saved' || event.type === 'conflict' || event.type === 'refused') {
      if (wasOffline && state.retries.size === 0) setOffline(null)
    }
    effects.forEach(run)
    if (event.type === 'saved' && wasOffline) retryNow()
  }
  const run = (effect: AutosaveEffect) => {
    const { id } = effect
    clearTimeout(timers.get(id))
    if (effect.type === 'schedule')
      timers.set(
        id,
        setTimeout(() => dispatch({ type: 'save', id }), effect.delayMs),
      )
    if (effect.type !== 'send') return
    clearTimeout(keepTimers.get(id))
    keepTimers.delete(id)
    const { request } = effect
    // Kept before it is sent: if the answer never comes, the browser still has it.
    const kept = queue ? queue.keep(id, request.doc, request.version, request.status) : Promise.resolve()
    void kept
      .then(() => api.saveSegment(id, request, { keepalive: effect.keepalive }))
      .then((result) => toEvent(id, result))
      .catch((): AutosaveEvent => ({ type: 'failed', id }))
      .then(dispatch)
  }
  let replayed = false
  return {
    dispatch,
    segments: () => state.segments,
    offline: () => offline,
    subscribeOffline: (l: () => void) => {
      offlineListeners.add(l)
      return () => void offlineListeners.delete(l)
    },
    retryNow,
    /** Brings back the edits kept from an earlier visit: saved if the server is still at their version, else a conflict. */
    replay: async () => {
      if (!queue || replayed) return
      replayed = true
      for (const edit of await queue.load()) {
        const id = edit.segmentId
        const action = replayAction(edit, state.segments[id])
        if (action === 'drop') void queue.drop(id)
        if (action !== 'restore') continue
        const { doc: content, baseVersion, status } = edit
        dispatch({ type: 'restore', id, content, baseVersion, ...(status ? { status } : {}) })
        scope?.onRestore?.(id, content)
      }
    },
    /** Sends shown changes to `next` until the returned function is called. */
    subscribe: (next: Listener) => {
      listener = next
      return () => {
        listener = () => {}
        // Leaving the editor (client-side navigation fires no beforeunload): nothing waiting is dropped.
        dispatch({ type: 'flush' })
      }
    },
  }
}

const noOffline = (): Offline => null

/**
 * The autosave reducer (`lib/workbench/autosave.ts`) in React: it runs the timers and requests the
 * reducer asks for, and re-renders only when a shown value changes (not on every key).
 */
export function useSegmentStore(initial: InitialSegment[], scope?: EditScope) {
  const [runner] = useState(() => createAutosaveRunner(initial, scope))
  const [segments, setSegments] = useState(runner.segments)
  useEffect(() => runner.subscribe(setSegments), [runner])
  useEffect(() => void runner.replay(), [runner])
  const offline = useSyncExternalStore(runner.subscribeOffline, runner.offline, noOffline)
  const { dispatch } = runner

  useEffect(() => {
    // The network is back: try at once rather than at the end of the current wait.
    window.addEventListener('online', runner.retryNow)
    return () => window.removeEventListener('online', runner.retryNow)
  }, [runner])

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (Object.values(runner.segments()).some((s) => s.saveState !== 'saved')) {
        event.preventDefault()
        event.returnValue = ''
      }
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [runner])

  return {
    segments,
    offline,
    edit: useCallback((id: string, content: RichDoc) => dispatch({ type: 'edit', id, content }), [dispatch]),
    save: useCallback((id: string) => dispatch({ type: 'save', id }), [dispatch]),
    setStatus: useCallback(
      (id: string, status: SegmentStatus) => dispatch({ type: 'setStatus', id, status }),
      [dispatch],
    ),
    /** Shows a segment the server saved outside autosave (a restored revision) as saved. */
    replaceSegment: useCallback(
      (segment: Segment) => dispatch({ type: 'replaced', id: segment.id, segment }),
      [dispatch],
    ),
    /** Takes statuses and versions the server changed outside autosave (a rejection, a bulk approval). */
    applyUpdates: useCallback(
      (updated: Extract<AutosaveEvent, { type: 'updated' }>['segments']) =>
        dispatch({ type: 'updated', segments: updated }),
      [dispatch],
    ),
    /** Takes another person's save (a live event); `editing` when this browser has the segment open. */
    applyRemote: useCallback(
      (id: string, segment: RemoteSegment, editing: boolean) => dispatch({ type: 'remote', id, segment, editing }),
      [dispatch],
    ),
    resolveConflict: useCallback(
      (id: string, keep: 'theirs' | 'mine') => dispatch({ type: 'resolve', id, keep }),
      [dispatch],
    ),
  }
}
