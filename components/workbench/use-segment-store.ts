'use client'
import { useCallback, useEffect, useRef, useState } from 'react'
import { docToHtml } from '@/lib/richtext/doc-to-html'
import { docToText } from '@/lib/richtext/doc-to-text'
import { emptyDoc } from '@/lib/richtext/empty-doc'
import type { RichDoc } from '@/lib/richtext/types'
import type { SegmentStatus } from '@/lib/workbench/segment-states'
import type { InitialSegment, SegmentState, ServerSegment } from './types'

const AUTOSAVE_MS = 700
const RETRY_MS = [1000, 2000, 5000, 10000, 30000]

/**
 * Holds every target segment in the browser and saves edits: debounced autosave, one request per
 * segment at a time, retries on failure (nothing is dropped), and conflicts kept for the user to resolve.
 */
export function useSegmentStore(initial: InitialSegment[]) {
  const [segments, setSegments] = useState<Record<string, SegmentState>>(() =>
    Object.fromEntries(
      initial.map((s) => {
        const content = s.content ?? emptyDoc()
        return [
          s.id,
          {
            ...s,
            content,
            html: docToHtml(content),
            text: docToText(content),
            saveState: 'saved' as const,
            conflict: null,
          },
        ]
      }),
    ),
  )
  // The latest typed content per segment: kept out of React state so typing re-renders nothing.
  const drafts = useRef(new Map<string, RichDoc>())
  const ref = useRef(segments)
  const saveRef = useRef<(id: string) => Promise<void>>(async () => {})
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>())
  const inFlight = useRef(new Set<string>())
  const pendingStatus = useRef(new Map<string, SegmentStatus>())
  const retries = useRef(new Map<string, number>())

  const patch = useCallback((id: string, change: Partial<SegmentState>) => {
    // Update the ref synchronously so the save logic never reads a stale segment.
    const current = ref.current[id]
    if (!current) return
    const next = { ...ref.current, [id]: { ...current, ...change } }
    ref.current = next
    setSegments(next)
  }, [])

  const save = useCallback(
    async (id: string): Promise<void> => {
      clearTimeout(timers.current.get(id))
      const segment = ref.current[id]
      if (!segment || segment.conflict) return
      if (inFlight.current.has(id)) return
      const status = pendingStatus.current.get(id)
      if (segment.saveState === 'saved' && !status) return
      inFlight.current.add(id)
      pendingStatus.current.delete(id)
      const sent = drafts.current.get(id) ?? segment.content
      patch(id, { saveState: 'saving', content: sent, html: docToHtml(sent), text: docToText(sent) })
      let response: Response | null = null
      try {
        response = await fetch(`/api/segments/${id}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ doc: sent, version: segment.version, ...(status ? { status } : {}) }),
        })
      } catch {
        response = null
      }
      inFlight.current.delete(id)
      if (response?.ok) {
        const saved = (await response.json()) as ServerSegment
        retries.current.delete(id)
        const changedMeanwhile = (drafts.current.get(id) ?? sent) !== sent
        if (!changedMeanwhile) drafts.current.delete(id)
        patch(id, {
          version: saved.version,
          status: saved.status,
          updatedBy: saved.updatedBy,
          ...(changedMeanwhile
            ? { saveState: 'unsaved' }
            : { saveState: 'saved', content: saved.content, html: saved.html, text: saved.text }),
        })
        if (changedMeanwhile || pendingStatus.current.has(id)) void saveRef.current(id)
        return
      }
      if (response?.status === 409) {
        const body = (await response.json()) as { error: { current: ServerSegment } }
        patch(id, { saveState: 'unsaved', conflict: body.error.current })
        if (status) pendingStatus.current.set(id, status)
        return
      }
      if (response && response.status >= 400 && response.status < 500) {
        patch(id, { saveState: 'failed' })
        return
      }
      if (status) pendingStatus.current.set(id, status)
      const attempt = retries.current.get(id) ?? 0
      retries.current.set(id, attempt + 1)
      patch(id, { saveState: 'failed' })
      timers.current.set(
        id,
        setTimeout(() => void saveRef.current(id), RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]),
      )
    },
    [patch],
  )
  useEffect(() => {
    saveRef.current = save
  }, [save])

  const edit = useCallback(
    (id: string, content: RichDoc) => {
      drafts.current.set(id, content)
      if (ref.current[id]?.saveState === 'saved') patch(id, { saveState: 'unsaved' })
      clearTimeout(timers.current.get(id))
      timers.current.set(
        id,
        setTimeout(() => void save(id), AUTOSAVE_MS),
      )
    },
    [patch, save],
  )

  const setStatus = useCallback(
    (id: string, status: SegmentStatus) => {
      pendingStatus.current.set(id, status)
      void save(id)
    },
    [save],
  )

  const resolveConflict = useCallback(
    (id: string, keep: 'theirs' | 'mine') => {
      const segment = ref.current[id]
      if (!segment?.conflict) return
      const theirs = segment.conflict
      if (keep === 'theirs') {
        pendingStatus.current.delete(id)
        drafts.current.delete(id)
        patch(id, { ...theirs, saveState: 'saved', conflict: null })
      } else {
        patch(id, { version: theirs.version, saveState: 'unsaved', conflict: null })
        void save(id)
      }
    },
    [patch, save],
  )

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (Object.values(ref.current).some((s) => s.saveState !== 'saved')) {
        event.preventDefault()
        event.returnValue = ''
      }
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [])

  return { segments, edit, save, setStatus, resolveConflict }
}
