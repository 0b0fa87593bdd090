'use client'
import { useEffect, useState } from 'react'
import { glossaryApi, type TermMatch } from '@/lib/api/glossary-client'
import { pickNonOverlapping } from '@/lib/glossary/pick-non-overlapping'
import { termTextOfHtml } from '@/lib/glossary/mark-terms-html'

const MAX_CACHED = 200
// Shared by the source cell (underlines) and the assist section (the list): one request per text.
const cache = new Map<string, Promise<TermMatch[]>>()

/** Drops what the editor remembers of glossary matches (the glossary changed). */
export function forgetGlossaryMatches(): void {
  cache.clear()
}

function lookUp(srcLang: string, tgtLang: string, text: string): Promise<TermMatch[]> {
  const key = `${srcLang}\n${tgtLang}\n${text}`
  let found = cache.get(key)
  if (!found) {
    found = glossaryApi.findMatches({ srcLang, tgtLang }, text).then((r) => (r.ok ? r.data : []))
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!)
    cache.set(key, found)
  }
  return found
}

/**
 * The glossary terms found in a segment's source HTML (offsets into `termTextOfHtml(html)`), without
 * overlaps, in text order; empty until they arrive and while `enabled` is false.
 */
export function useGlossaryMatches(enabled: boolean, srcLang: string, tgtLang: string, html: string): TermMatch[] {
  const [state, setState] = useState<{ key: string; matches: TermMatch[] }>({ key: '', matches: [] })
  const key = enabled ? `${srcLang}\n${tgtLang}\n${html}` : ''
  useEffect(() => {
    if (!key) return
    let live = true
    void lookUp(srcLang, tgtLang, termTextOfHtml(html)).then((matches) => {
      if (live) setState({ key, matches: pickNonOverlapping(matches) })
    })
    return () => {
      live = false
    }
  }, [key, srcLang, tgtLang, html])
  return state.key === key && key ? state.matches : []
}
