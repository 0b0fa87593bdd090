'use client'
import { useEffect, useState } from 'react'
import { api, type TmMatch, type TmMatchQuery } from '@/lib/api/client'

/** How many matches the panel shows, one per Ctrl+1…5. */
export const MAX_MATCHES = 5

/** The memory's matches for a source sentence, fetched when the sentence changes; [] until they come. */
export function useTmMatches(query: TmMatchQuery): TmMatch[] {
  const [matches, setMatches] = useState<{ key: string; list: TmMatch[] }>({ key: '', list: [] })
  const key = JSON.stringify(query)
  useEffect(() => {
    if (query.text.trim() === '') return
    let isCurrent = true
    void api.tmMatches({ ...query, limit: MAX_MATCHES }).then((result) => {
      if (isCurrent && result.ok) setMatches({ key, list: result.data })
    })
    return () => {
      isCurrent = false
    }
    // The query is compared by value (`key`), not by object identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  return matches.key === key ? matches.list : []
}
