'use client'
import { useCallback, useEffect, useState } from 'react'
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
 * Holds the reducer's state and runs its effects: timers that dispatch `save`, and PATCH requests.
 * Unsubscribing (the editor unmounting) flushes: every waiting edit, status and retry is sent at once,
 * and requests still running finish and send what was typed meanwhile.
 */
function createAutosaveRunner(initial: InitialSegment[]) {
  let state = initAutosave(initial)
  let listener: Listener = () => {}
  const timers = new Map<string, ReturnType<typeof setTimeout>>()
  const dispatch = (event: AutosaveEvent) => {
    const { state: next, effects } = autosave(state, event)
    const hasChanged = next.segments !== state.segments
    state = next
    if (hasChanged) listener(next.segments)
    effects.forEach(run)
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
    void api
      .saveSegment(id, effect.request, { keepalive: effect.keepalive })
      .then((result) => toEvent(id, result))
      .catch((): AutosaveEvent => ({ type: 'failed', id }))
      .then(dispatch)
  }
  return {
    dispatch,
    segments: () => state.segments,
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

/**
 * The autosave reducer (`lib/workbench/autosave.ts`) in React: it runs the timers and requests the
 * reducer asks for, and re-renders only when a shown value changes (not on every key).
 */
export function useSegmentStore(initial: InitialSegment[]) {
  const [runner] = useState(() => createAutosaveRunner(initial))
  const [segments, setSegments] = useState(runner.segments)
  useEffect(() => runner.subscribe(setSegments), [runner])
  const { dispatch } = runner

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
