import { docToHtml } from '@/lib/richtext/doc-to-html'
import { docToText } from '@/lib/richtext/doc-to-text'
import { emptyDoc } from '@/lib/richtext/empty-doc'
import type { RichDoc } from '@/lib/richtext/types'
import type { SegmentStatus } from './segment-states'

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed'
/** A segment as the page sends it (no content when it is empty); html and text are derived in the browser. */
export type InitialSegment = {
  id: string
  content?: RichDoc
  status: SegmentStatus
  version: number
  updatedBy: string | null
}
export type ServerSegment = Omit<InitialSegment, 'content'> & { content: RichDoc; html: string; text: string }
/** A segment as a live event tells it: no content when only its status changed. */
export type RemoteSegment = Pick<ServerSegment, 'status' | 'version' | 'updatedBy'> & { content?: RichDoc }
export type SegmentState = ServerSegment & { saveState: SaveState; conflict: ServerSegment | null }

export const AUTOSAVE_MS = 700
export const RETRY_MS = [1000, 2000, 5000, 10000, 30000] as const

/**
 * Everything autosave knows. `segments` is what the page shows and is replaced only when a shown
 * value changes, so typing (which only updates `drafts`) re-renders nothing.
 */
export type AutosaveState = {
  segments: Readonly<Record<string, SegmentState>>
  /** The latest typed content per segment, not yet saved. */
  drafts: ReadonlyMap<string, RichDoc>
  /** The request now running for a segment (one at a time per segment). */
  inFlight: ReadonlyMap<string, SaveRequest>
  /** A status change waiting to be sent with the next save. */
  pendingStatus: ReadonlyMap<string, SegmentStatus>
  /** Failed attempts in a row, which set the next retry's delay. */
  retries: ReadonlyMap<string, number>
}

export type SaveRequest = { doc: RichDoc; version: number; status?: SegmentStatus }

export type AutosaveEvent =
  | { type: 'edit'; id: string; content: RichDoc }
  | { type: 'save'; id: string }
  | { type: 'setStatus'; id: string; status: SegmentStatus }
  | { type: 'saved'; id: string; segment: ServerSegment }
  | { type: 'conflict'; id: string; current: ServerSegment }
  | { type: 'refused'; id: string }
  | { type: 'failed'; id: string }
  | { type: 'resolve'; id: string; keep: 'theirs' | 'mine' }
  /** An edit kept in the browser from an earlier visit, made on `baseVersion`: saved, or a conflict if the server moved on. */
  | { type: 'restore'; id: string; content: RichDoc; baseVersion: number; status?: SegmentStatus }
  /** The segment was saved outside autosave (a revision restored from its history): show the server's version. */
  | { type: 'replaced'; id: string; segment: ServerSegment }
  /** The editor is going away (client-side navigation): send every waiting edit, status and retry now. */
  | { type: 'flush' }
  /** The server changed segments outside autosave (a rejection, a bulk approval): take their status and version. */
  | { type: 'updated'; segments: ReadonlyArray<Pick<ServerSegment, 'id' | 'status' | 'version'>> }
  /**
   * Someone else saved the segment (a live event). Shown at once when nothing local waits; kept as a
   * conflict (the conflict dialog) when the person is `editing` it or has unsaved changes.
   */
  | { type: 'remote'; id: string; segment: RemoteSegment; editing: boolean }

/**
 * What the hook must do: (re)arm a segment's timer (it then sends `save`), stop it, or send a request
 * (`keepalive` when the page may be leaving, so the browser finishes it anyway).
 */
export type AutosaveEffect =
  | { type: 'schedule'; id: string; delayMs: number }
  | { type: 'cancel'; id: string }
  | { type: 'send'; id: string; request: SaveRequest; keepalive?: boolean }

export type AutosaveResult = { state: AutosaveState; effects: AutosaveEffect[] }

/** The store as the page first shows it: every segment saved. */
export function initAutosave(initial: InitialSegment[]): AutosaveState {
  const segments = Object.fromEntries(
    initial.map((s) => {
      const content = s.content ?? emptyDoc()
      const segment: SegmentState = {
        ...s,
        content,
        html: docToHtml(content),
        text: docToText(content),
        saveState: 'saved',
        conflict: null,
      }
      return [s.id, segment]
    }),
  )
  return { segments, drafts: new Map(), inFlight: new Map(), pendingStatus: new Map(), retries: new Map() }
}

function patch(state: AutosaveState, id: string, change: Partial<SegmentState>): AutosaveState {
  const current = state.segments[id]
  return current ? { ...state, segments: { ...state.segments, [id]: { ...current, ...change } } } : state
}

function withEntry<V>(map: ReadonlyMap<string, V>, id: string, value: V | undefined): Map<string, V> {
  const next = new Map(map)
  if (value === undefined) next.delete(id)
  else next.set(id, value)
  return next
}

function save(state: AutosaveState, id: string): AutosaveResult {
  const effects: AutosaveEffect[] = [{ type: 'cancel', id }]
  const segment = state.segments[id]
  if (!segment || segment.conflict || state.inFlight.has(id)) return { state, effects }
  const status = state.pendingStatus.get(id)
  if (segment.saveState === 'saved' && !status) return { state, effects }
  const sent = state.drafts.get(id) ?? segment.content
  const request: SaveRequest = { doc: sent, version: segment.version, ...(status ? { status } : {}) }
  const next = patch(
    {
      ...state,
      inFlight: withEntry(state.inFlight, id, request),
      pendingStatus: withEntry(state.pendingStatus, id, undefined),
    },
    id,
    { saveState: 'saving', content: sent, html: docToHtml(sent), text: docToText(sent) },
  )
  effects.push({ type: 'send', id, request })
  return { state: next, effects }
}

/** Ends the running request; the status it carried is put back to be sent again when `keepStatus`. */
function settle(state: AutosaveState, id: string, keepStatus: boolean): AutosaveState {
  const status = keepStatus ? state.inFlight.get(id)?.status : undefined
  return {
    ...state,
    inFlight: withEntry(state.inFlight, id, undefined),
    pendingStatus: status ? withEntry(state.pendingStatus, id, status) : state.pendingStatus,
  }
}

/** Sends now every segment waiting on a timer: typed text, a status change or a retry (running and conflicted ones wait). */
function flush(state: AutosaveState): AutosaveResult {
  const waiting = new Set([...state.drafts.keys(), ...state.pendingStatus.keys(), ...state.retries.keys()])
  const effects: AutosaveEffect[] = []
  let next = state
  for (const id of waiting) {
    const result = save(next, id)
    next = result.state
    effects.push(...result.effects.map((e) => (e.type === 'send' ? { ...e, keepalive: true } : e)))
  }
  return { state: next, effects }
}

/** Takes newer statuses and versions from the server; a segment with a request running keeps what that request answers. */
function applyUpdates(
  state: AutosaveState,
  updates: ReadonlyArray<Pick<ServerSegment, 'id' | 'status' | 'version'>>,
): AutosaveState {
  let next = state
  for (const { id, status, version } of updates) {
    const current = next.segments[id]
    if (!current || next.inFlight.has(id) || version <= current.version) continue
    next = patch(next, id, { status, version })
  }
  return next
}

/** Shows a kept edit and sends it when the server is still at its version, else asks the person (mine = the kept edit). */
function restore(state: AutosaveState, event: Extract<AutosaveEvent, { type: 'restore' }>): AutosaveResult {
  const { id, content, baseVersion, status } = event
  const segment = state.segments[id]
  if (!segment || segment.conflict || state.inFlight.has(id)) return { state, effects: [] }
  const { saveState: _saveState, conflict: _conflict, ...theirs } = segment
  const next = patch(
    {
      ...state,
      drafts: withEntry(state.drafts, id, content),
      pendingStatus: status ? withEntry(state.pendingStatus, id, status) : state.pendingStatus,
    },
    id,
    { content, html: docToHtml(content), text: docToText(content), saveState: 'unsaved' },
  )
  if (segment.version === baseVersion) return save(next, id)
  return { state: patch(next, id, { conflict: theirs }), effects: [] }
}

/**
 * Autosave as a pure reducer: edits are saved `AUTOSAVE_MS` after the last key, one request per
 * segment at a time, failures retried with growing delays (nothing is dropped), a refused save
 * marked failed, and a conflict kept for the person to resolve; `flush` sends everything waiting at
 * once when the editor goes away. The caller runs the effects.
 */
export function autosave(state: AutosaveState, event: AutosaveEvent): AutosaveResult {
  if (event.type === 'flush') return flush(state)
  if (event.type === 'updated') return { state: applyUpdates(state, event.segments), effects: [] }
  const { id } = event
  switch (event.type) {
    case 'edit': {
      let next: AutosaveState = { ...state, drafts: withEntry(state.drafts, id, event.content) }
      if (state.segments[id]?.saveState === 'saved') next = patch(next, id, { saveState: 'unsaved' })
      return { state: next, effects: [{ type: 'schedule', id, delayMs: AUTOSAVE_MS }] }
    }
    case 'save':
      return save(state, id)
    case 'setStatus':
      return save({ ...state, pendingStatus: withEntry(state.pendingStatus, id, event.status) }, id)
    case 'saved': {
      const sent = state.inFlight.get(id)?.doc
      const draft = state.drafts.get(id)
      const isChangedMeanwhile = draft !== undefined && draft !== sent
      const { segment } = event
      const next = patch(
        {
          ...settle(state, id, false),
          retries: withEntry(state.retries, id, undefined),
          drafts: isChangedMeanwhile ? state.drafts : withEntry(state.drafts, id, undefined),
        },
        id,
        {
          version: segment.version,
          status: segment.status,
          updatedBy: segment.updatedBy,
          ...(isChangedMeanwhile
            ? { saveState: 'unsaved' as const }
            : { saveState: 'saved' as const, content: segment.content, html: segment.html, text: segment.text }),
        },
      )
      return isChangedMeanwhile || next.pendingStatus.has(id) ? save(next, id) : { state: next, effects: [] }
    }
    case 'conflict': {
      const next = patch(settle(state, id, true), id, { saveState: 'unsaved', conflict: event.current })
      return { state: next, effects: [] }
    }
    case 'refused':
      return {
        state: patch(settle(state, id, false), id, { saveState: 'failed' }),
        effects: [],
      }
    case 'failed': {
      const attempt = state.retries.get(id) ?? 0
      const next = patch({ ...settle(state, id, true), retries: withEntry(state.retries, id, attempt + 1) }, id, {
        saveState: 'failed',
      })
      const delayMs = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)] ?? AUTOSAVE_MS
      return { state: next, effects: [{ type: 'schedule', id, delayMs }] }
    }
    case 'resolve': {
      const theirs = state.segments[id]?.conflict
      if (!theirs) return { state, effects: [] }
      if (event.keep === 'mine')
        return save(patch(state, id, { version: theirs.version, saveState: 'unsaved', conflict: null }), id)
      const next = {
        ...state,
        pendingStatus: withEntry(state.pendingStatus, id, undefined),
        drafts: withEntry(state.drafts, id, undefined),
      }
      return { state: patch(next, id, { ...theirs, saveState: 'saved', conflict: null }), effects: [] }
    }
    case 'remote': {
      const current = state.segments[id]
      const { content, ...rest } = event.segment
      // Older than what is shown (our own save coming back), or a request of ours runs: it will meet the change itself.
      if (!current || rest.version <= current.version || state.inFlight.has(id)) return { state, effects: [] }
      if (!content) return { state: applyUpdates(state, [{ id, ...rest }]), effects: [] }
      const theirs: ServerSegment = { id, ...rest, content, html: docToHtml(content), text: docToText(content) }
      const isLocal =
        event.editing || current.saveState !== 'saved' || state.drafts.has(id) || state.pendingStatus.has(id)
      if (isLocal) return { state: patch(state, id, { conflict: theirs }), effects: [{ type: 'cancel', id }] }
      return { state: patch(state, id, { ...theirs, saveState: 'saved', conflict: null }), effects: [] }
    }
    case 'restore':
      return restore(state, event)
    case 'replaced': {
      // What was waiting to be sent was written over the replaced version: it is dropped, not sent on top.
      const next = {
        ...state,
        pendingStatus: withEntry(state.pendingStatus, id, undefined),
        drafts: withEntry(state.drafts, id, undefined),
        retries: withEntry(state.retries, id, undefined),
      }
      return {
        state: patch(next, id, { ...event.segment, saveState: 'saved', conflict: null }),
        effects: [{ type: 'cancel', id }],
      }
    }
  }
}

/** The page's one save indicator: the worst state of any segment. */
export function overallSaveState(segments: Readonly<Record<string, SegmentState>>): SaveState {
  const rank: Record<SaveState, number> = { saved: 0, unsaved: 1, saving: 2, failed: 3 }
  return Object.values(segments).reduce<SaveState>(
    (worst, s) => (rank[s.saveState] > rank[worst] ? s.saveState : worst),
    'saved',
  )
}
