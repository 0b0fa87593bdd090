import type { TextHit } from '@/lib/tm/find-hits'

/** A text with the given spans in <mark>, as plain text (no HTML is interpreted). */
export function HighlightedText({ text, hits, lang }: { text: string; hits: readonly TextHit[]; lang: string }) {
  const parts: React.ReactNode[] = []
  let at = 0
  hits.forEach((hit, k) => {
    if (hit.start > at) parts.push(text.slice(at, hit.start))
    parts.push(<mark key={k}>{text.slice(hit.start, hit.end)}</mark>)
    at = hit.end
  })
  if (at < text.length) parts.push(text.slice(at))
  return <span lang={lang}>{parts}</span>
}
