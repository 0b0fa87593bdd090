'use client'
import { useCallback, useEffect, useState } from 'react'
import type { ApiError } from '@/lib/api/api-error'
import { api, type Comment, type CommentPage } from '@/lib/api/client'

type Loaded = { comments: Comment[]; next: string | null }

/** `current` with `incoming` added or put in place of the same ids, oldest first (as threads are read). */
function mergeComments(current: readonly Comment[], incoming: readonly Comment[]): Comment[] {
  const byId = new Map(current.map((c) => [c.id, c]))
  for (const c of incoming) byId.set(c.id, c)
  const order = (a: Comment, b: Comment) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
  return [...byId.values()].sort(order)
}

const shownOf = (page: CommentPage) => [...page.comments, ...page.parents]

/**
 * A segment's comments as its panel shows them: the newest page at once, earlier pages when asked for
 * (`showEarlier`), and the newest page read again after a change (`reload`). `onOpenCount` gets the
 * segment's open threads in all, which the server counts (the pages shown may not hold every thread).
 */
export function useCommentPages(segmentId: string, onOpenCount?: (count: number) => void) {
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [isLoadingEarlier, setLoadingEarlier] = useState(false)

  useEffect(() => {
    let current = true
    void api.listComments(segmentId).then((result) => {
      if (!current) return
      if (!result.ok) return setError(result.error)
      setLoaded({ comments: mergeComments([], shownOf(result.data)), next: result.data.next })
      onOpenCount?.(result.data.openThreads)
    })
    return () => {
      current = false
    }
  }, [segmentId, onOpenCount])

  /** Puts comments a write answered in place (a new comment, a thread resolved on an earlier page). */
  const put = useCallback((comments: Comment[]) => {
    setLoaded((was) => was && { ...was, comments: mergeComments(was.comments, comments) })
  }, [])

  /** Reads the newest page again; when it shares nothing with what is shown (many written meanwhile), it starts over. */
  const reload = useCallback(async () => {
    const result = await api.listComments(segmentId)
    if (!result.ok) return
    const page = result.data
    onOpenCount?.(page.openThreads)
    setLoaded((was) => {
      const shown = new Set(was?.comments.map((c) => c.id))
      const isGap = !was || (page.next !== null && !page.comments.some((c) => shown.has(c.id)))
      return isGap
        ? { comments: mergeComments([], shownOf(page)), next: page.next }
        : { ...was, comments: mergeComments(was.comments, shownOf(page)) }
    })
  }, [segmentId, onOpenCount])

  /** Reads the page before the earliest shown; answers whether there are earlier ones still. */
  const showEarlier = async (): Promise<boolean> => {
    if (!loaded?.next || isLoadingEarlier) return loaded?.next != null
    setLoadingEarlier(true)
    setError(null)
    const result = await api.listComments(segmentId, { after: loaded.next })
    setLoadingEarlier(false)
    if (!result.ok) {
      setError(result.error)
      return true
    }
    const page = result.data
    setLoaded((was) => ({ comments: mergeComments(was?.comments ?? [], shownOf(page)), next: page.next }))
    return page.next !== null
  }

  return {
    comments: loaded?.comments ?? null,
    hasEarlier: loaded?.next != null,
    isLoadingEarlier,
    error,
    setError,
    put,
    reload,
    showEarlier,
  }
}
