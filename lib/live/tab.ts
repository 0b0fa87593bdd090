/**
 * A browser tab's id, sent with each API request (`TAB_HEADER`) and carried by the live events the
 * request causes, so the tab that made a change does not take its own event for someone else's. One
 * person may have two tabs open: they follow each other's changes like anyone else's.
 */
export const TAB_HEADER = 'x-parallel-tab'

const TAB_ID = /^[0-9a-f]{24}$/

/** The header's value when it is a tab id (24 hex digits); anything else counts as no tab. */
export function readTabId(value: string | null | undefined): string | undefined {
  return value && TAB_ID.test(value) ? value : undefined
}

/** A new tab id. `getRandomValues`, unlike `randomUUID`, also works on a page served over plain HTTP. */
export function newTabId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
