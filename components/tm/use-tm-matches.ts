'use client'
import { useEffect, useState } from 'react'
import type { ApiError } from '@/lib/api/api-error'
import { api, type TmMatch, type TmMatchQuery } from '@/lib/api/client'

/** How many matches the panel shows, one per Ctrl+1…5. */
export const MAX_MATCHES = 5

type Lookup = { matches: TmMatch[]; error: ApiError | null }
const NOTHING: Lookup = { matches: [], error: null }

/**
 * The memory's matches for a source sentence, fetched when the sentence changes: none until they come, and
 * the error when the lookup failed (the panel says so rather than showing nothing).
 */
export function useTmMatches(query: TmMatchQuery): Lookup {
  const [lookup, setLookup] = useState<Lookup & { key: string }>({ key: '', ...NOTHING })
  const key = JSON.stringify(query)
  useEffect(() => {
    if (query.text.trim() === '') return
    let isCurrent = true
    void api.tmMatches({ ...query, limit: MAX_MATCHES }).then((result) => {
      if (!isCurrent) return
      setLookup(result.ok ? { key, matches: result.data, error: null } : { key, matches: [], error: result.error })
    })
    return () => {
      isCurrent = false
    }
    // The query is compared by value (`key`), not by object identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  return lookup.key === key ? lookup : NOTHING
}
