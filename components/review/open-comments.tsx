'use client'
import Link from 'next/link'
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorMessage } from '@/components/ui/error-message'
import type { ApiError } from '@/lib/api/api-error'
import { api, type ThreadPage } from '@/lib/api/client'
import { createFormatters } from '@/lib/i18n/format'
import { languageName } from '@/lib/languages'
import { pagePaths } from '@/lib/paths'
import { MarkBadge } from './mark-fields'

/**
 * The open comment threads of a document in one of its languages (chosen here), in segment order: the first
 * page at once, the next ones on "Show more", and how many there are in all (the server counts them).
 */
export function OpenComments({ documentId, langs }: { documentId: string; langs: string[] }) {
  const { t, i18n } = useTranslation()
  const f = createFormatters(i18n.language)
  const id = useId()
  const [lang, setLang] = useState(langs[0] ?? '')
  const [loaded, setLoaded] = useState<(ThreadPage & { lang: string }) | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [isLoadingMore, setLoadingMore] = useState(false)
  // The first thread of the last page, which takes the focus once the button that brought it has gone.
  const [focusOn, setFocusOn] = useState<string | null>(null)
  const focusRef = useRef<HTMLAnchorElement>(null)

  useEffect(() => {
    if (!lang) return
    let current = true
    void api.listThreads(documentId, lang, { openOnly: true }).then((result) => {
      if (!current) return
      setError(result.ok ? null : result.error)
      if (result.ok) setLoaded({ lang, ...result.data })
    })
    return () => {
      current = false
    }
  }, [documentId, lang])

  useEffect(() => {
    focusRef.current?.focus()
  }, [focusOn])

  const showMore = async () => {
    if (!loaded?.next || loaded.lang !== lang || isLoadingMore) return
    setLoadingMore(true)
    setError(null)
    const result = await api.listThreads(documentId, lang, { openOnly: true, after: loaded.next })
    setLoadingMore(false)
    if (!result.ok) return setError(result.error)
    const page = result.data
    // A page of a language no longer chosen is dropped.
    setLoaded((was) => (was?.lang === lang ? { ...page, lang, threads: [...was.threads, ...page.threads] } : was))
    if (page.next === null) setFocusOn(page.threads[0]?.id ?? null)
  }

  if (langs.length === 0) return null
  const shown = loaded?.lang === lang ? loaded : null
  const threads = shown?.threads ?? null
  return (
    <section aria-labelledby={`${id}-title`} className="card">
      <h2 id={`${id}-title`}>{t('review.openComments.title')}</h2>
      {langs.length > 1 ? (
        <p>
          <label htmlFor={`${id}-lang`}>{t('review.openComments.language')}</label>{' '}
          <select id={`${id}-lang`} value={lang} onChange={(e) => setLang(e.target.value)}>
            {langs.map((l) => (
              <option key={l} value={l}>
                {languageName(l, i18n.language)}
              </option>
            ))}
          </select>
        </p>
      ) : null}
      <ErrorMessage error={error} />
      {threads === null && !error ? <p className="muted">{t('common.loading')}</p> : null}
      {threads?.length === 0 ? <p className="muted">{t('review.openComments.empty')}</p> : null}
      {shown?.total ? <p className="muted">{t('review.comments.count', { count: shown.total })}</p> : null}
      {threads?.length ? (
        <ul className="open-comments" data-testid="open-comments">
          {threads.map((thread) => (
            <li key={thread.id}>
              <Link href={pagePaths.translate(documentId, lang)} ref={thread.id === focusOn ? focusRef : undefined}>
                {t('review.openComments.segment', { number: thread.segmentPosition + 1 })}
              </Link>{' '}
              <MarkBadge category={thread.category} severity={thread.severity} />{' '}
              <span className="muted">
                {thread.author?.name ?? thread.authorName ?? t('review.comments.unknownAuthor')},{' '}
                {f.dateTime(thread.createdAt)}
                {thread.replyCount > 0 ? ` · ${t('review.openComments.replies', { count: thread.replyCount })}` : null}
              </span>
              {thread.body ? <p className="comment-body">{thread.body}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {shown?.next ? (
        // aria-disabled, never disabled, while a page loads: the focus stays on the button (as the comment panel does).
        <button
          type="button"
          className="open-comments-more"
          aria-disabled={isLoadingMore || undefined}
          onClick={isLoadingMore ? undefined : () => void showMore()}
        >
          {t('review.openComments.showMore')}
        </button>
      ) : null}
    </section>
  )
}
