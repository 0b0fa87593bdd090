/** Gives a paragraph with no counterpart (1:0) an empty segment; true when the server made it. */
export async function addSegment(documentId: string, lang: string, linkId: string): Promise<boolean> {
  const base = `/api/documents/${documentId}/translations/${encodeURIComponent(lang)}`
  const view = await fetch(base).then(
    (r) => (r.ok ? (r.json() as Promise<{ version: number }>) : null),
    () => null,
  )
  if (!view) return false
  return fetch(`${base}/links`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ op: 'add-segment', linkId, version: view.version }),
  }).then(
    (r) => r.ok,
    () => false,
  )
}
