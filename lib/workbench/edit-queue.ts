import { openDB } from 'idb'
import { docToHtml } from '@/lib/richtext/doc-to-html'
import type { RichDoc } from '@/lib/richtext/types'
import type { SegmentStatus } from './segment-states'

/** An edit kept in the browser until the server acknowledges it: one per person and segment, the latest. */
export type QueuedEdit = {
  userId: string
  segmentId: string
  documentId: string
  lang: string
  doc: RichDoc
  /** The server version the edit was made on: replayed as is when the server is still there, else a conflict. */
  baseVersion: number
  /** A status change sent with the edit. */
  status?: SegmentStatus
  updatedAt: number
}

/** Where queued edits are kept: IndexedDB in the browser, memory in tests and where IndexedDB is missing. */
export interface EditStore {
  put(edit: QueuedEdit): Promise<void>
  delete(userId: string, segmentId: string): Promise<void>
  list(userId: string): Promise<QueuedEdit[]>
}

export function memoryEditStore(): EditStore {
  const edits = new Map<string, QueuedEdit>()
  const key = (userId: string, segmentId: string) => `${userId}\u0000${segmentId}`
  return {
    put: async (edit) => void edits.set(key(edit.userId, edit.segmentId), structuredClone(edit)),
    delete: async (userId, segmentId) => void edits.delete(key(userId, segmentId)),
    list: async (userId) => [...edits.values()].filter((e) => e.userId === userId).map((e) => structuredClone(e)),
  }
}

const DB_NAME = 'parallel-edits'
const STORE = 'edits'

/** The IndexedDB store, which outlives a reload and a browser restart. */
export async function openIndexedDbEditStore(): Promise<EditStore> {
  const db = await openDB(DB_NAME, 1, {
    upgrade(upgrading) {
      upgrading.createObjectStore(STORE, { keyPath: ['userId', 'segmentId'] })
    },
  })
  return {
    put: async (edit) => void (await db.put(STORE, edit)),
    delete: (userId, segmentId) => db.delete(STORE, [userId, segmentId]),
    list: async (userId) =>
      (await db.getAll(STORE, IDBKeyRange.bound([userId, ''], [userId, '\uffff']))) as QueuedEdit[],
  }
}

/** What to do with a queued edit when its document opens again. */
export function replayAction(
  edit: QueuedEdit,
  segment: { version: number; html: string } | undefined,
): 'restore' | 'drop' | 'keep' {
  // The segment is not on this page (deleted, or another translation's): the edit stays where it is.
  if (!segment) return 'keep'
  // The server already has this text (its answer was lost on the way): nothing to send, nothing to ask.
  if (!edit.status && docToHtml(edit.doc) === segment.html) return 'drop'
  return 'restore'
}

const sameDoc = (a: RichDoc, b: RichDoc) => a === b || JSON.stringify(a) === JSON.stringify(b)

/**
 * The queue of one person's edits in one document and language. Writes to the store run one after
 * another, so the store ends as the calls were made; `size` and `pending` answer from memory after
 * `load`. A store that fails (private browsing, a full disk) loses only the browser copy: autosave
 * goes on as before.
 */
export function createEditQueue(
  store: Promise<EditStore>,
  scope: { userId: string; documentId: string; lang: string },
  now: () => number = Date.now,
) {
  const latest = new Map<string, QueuedEdit>()
  let chain: Promise<unknown> = store
  const run = (write: (s: EditStore) => Promise<unknown>) => {
    const next = chain.then(() => store).then(write)
    chain = next.catch(() => undefined)
    return chain.then(() => undefined)
  }
  return {
    /** Reads the edits of this document and language kept earlier (other documents' stay as they are). */
    load: async (): Promise<QueuedEdit[]> => {
      const all = await store.then((s) => s.list(scope.userId)).catch((): QueuedEdit[] => [])
      const mine = all.filter((e) => e.documentId === scope.documentId && e.lang === scope.lang)
      for (const edit of mine) if (!latest.has(edit.segmentId)) latest.set(edit.segmentId, edit)
      return mine
    },
    keep: (segmentId: string, doc: RichDoc, baseVersion: number, status?: SegmentStatus) => {
      const edit: QueuedEdit = {
        ...scope,
        segmentId,
        doc,
        baseVersion,
        ...(status ? { status } : {}),
        updatedAt: now(),
      }
      latest.set(segmentId, edit)
      return run((s) => s.put(edit))
    },
    /**
     * The server saved `sent` as `version`: the kept edit goes if it is that text; a later one stays,
     * now made on `version` (autosave sends it on that version next).
     */
    acknowledge: (segmentId: string, sent: RichDoc | undefined, version: number) => {
      const kept = latest.get(segmentId)
      if (!kept) return Promise.resolve()
      if (sent && sameDoc(kept.doc, sent)) {
        latest.delete(segmentId)
        return run((s) => s.delete(scope.userId, segmentId))
      }
      const rebased = { ...kept, baseVersion: version, updatedAt: now() }
      latest.set(segmentId, rebased)
      return run((s) => s.put(rebased))
    },
    drop: (segmentId: string) => {
      if (!latest.delete(segmentId)) return Promise.resolve()
      return run((s) => s.delete(scope.userId, segmentId))
    },
    has: (segmentId: string) => latest.has(segmentId),
    size: () => latest.size,
    /** Resolves once every write asked for so far has ended. */
    settled: () => chain.then(() => undefined),
  }
}

export type EditQueue = ReturnType<typeof createEditQueue>
