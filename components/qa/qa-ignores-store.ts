import type { QaIgnore } from '@/lib/api/client'

/**
 * The ignores of the segments the QA section has loaded, shared with the workbench so that confirming
 * a segment does not ask about an error someone already ignored.
 */
const bySegment = new Map<string, QaIgnore[]>()
const listeners = new Set<() => void>()
const NONE: QaIgnore[] = []

/** The ignores loaded for a segment (none until the section loaded them). */
export function ignoresOf(segmentId: string): QaIgnore[] {
  return bySegment.get(segmentId) ?? NONE
}

/** Replaces a segment's ignores and tells the subscribers. */
export function setIgnores(segmentId: string, ignores: QaIgnore[]): void {
  bySegment.set(segmentId, ignores)
  for (const listener of listeners) listener()
}

/** Calls `listener` on every change; returns the unsubscribe. */
export function subscribeIgnores(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
