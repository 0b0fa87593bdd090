'use client'
import Link from 'next/link'
import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorMessage } from '@/components/ui/error-message'
import type { ApiError } from '@/lib/api/api-error'
import { api, type Thread } from '@/lib/api/client'
import { createFormatters } from '@/lib/i18n/format'
import { languageName } from '@/lib/languages'
import { pagePaths } from '@/lib/paths'
import { MarkBadge } from './mark-fields'

/** The open comment threads of a document in one of its languages (chosen here), in segment order. */
export function OpenComments({ documentId, langs }: { documentId: string; langs: string[] }) {
  const { t, i18n } = useTranslation()
  const f = createFormatters(i18n.language)
  const id = useId()
  const [lang, setLang] = useState(langs[0] ?? '')
  const [loaded, setLoaded] = useState<{ lang: string; threads: Thread[] } | null>(null)
  const [error, setError] = useState<ApiError | null>(null)

  useEffect(() => {
    if (!lang) return
    let current = true
    void api.listThreads(documentId, lang, { openOnly: true }).then((result) => {
      if (!current) return
      setError(result.ok ? null : result.error)
      if (result.ok) setLoaded({ lang, threads: result.data })
    })
    return () => {
      current = false
    }
  }, [documentId, lang])

  if (langs.length === 0) return null
  const threads = loaded?.lang === lang ? loaded.threads : null
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
      {threads?.length ? (
        <ul className="open-comments" data-testid="open-comments">
          {threads.map((thread) => (
            <li key={thread.id}>
              <Link href={pagePaths.translate(documentId, lang)}>
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
    </section>
  )
}
