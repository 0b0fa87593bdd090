'use client'
import { useCallback, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorMessage } from '@/components/ui/error-message'
import type { ApiError } from '@/lib/api/api-error'
import { api, type Comment } from '@/lib/api/client'
import { createFormatters } from '@/lib/i18n/format'
import { MarkBadge, MarkFields, markFields, type MarkChoice } from './mark-fields'
import { useReturnFocus } from '@/components/ui/use-return-focus'
import { useCommentPages } from './use-comment-pages'

type Thread = { root: Comment; replies: Comment[] }

/** Groups a segment's comments (oldest first) into threads: each root with the replies shown. */
function toThreads(comments: readonly Comment[]): Thread[] {
  const threads = new Map<string, Thread>()
  for (const c of comments) if (c.parentId === null) threads.set(c.id, { root: c, replies: [] })
  for (const c of comments) if (c.parentId !== null) threads.get(c.parentId)?.replies.push(c)
  return [...threads.values()]
}

/** Ctrl+Enter (⌘+Enter) in a comment box sends it; plain Enter is a new line. */
function sendOnModEnter(send: () => void) {
  return (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.nativeEvent.isComposing) {
      event.preventDefault()
      send()
    }
  }
}

/**
 * The comments of one segment: its threads with replies, resolve and reopen, a reply box per thread and
 * a new thread with an optional error mark. The newest page of comments shows first, earlier ones a page at a time
 * on "Show earlier comments". `onOpenCountChange` tells the editor its row badge.
 */
export function CommentThread(props: {
  segmentId: string
  /** The segment's number as the editor shows it. */
  number: number
  /** False for people who may read but not write in this language. */
  canWrite?: boolean
  onOpenCountChange?: (segmentId: string, count: number) => void
  onClose?: () => void
  /** Puts the cursor in the new comment box (when opened by its key). */
  autoFocus?: boolean
}) {
  const { t, i18n } = useTranslation()
  const f = createFormatters(i18n.language)
  const id = useId()
  const { segmentId, onOpenCountChange } = props
  const canWrite = props.canWrite ?? true
  const [busy, setBusy] = useState(false)
  const [body, setBody] = useState('')
  const [mark, setMark] = useState<MarkChoice>(null)
  const [replyTo, setReplyTo] = useState<string | null>(null)
  const [reply, setReply] = useState('')
  const headingRef = useRef<HTMLHeadingElement>(null)
  const onOpenCount = useCallback(
    (count: number) => onOpenCountChange?.(segmentId, count),
    [segmentId, onOpenCountChange],
  )
  const pages = useCommentPages(segmentId, onOpenCount)
  const { comments, error, setError } = pages

  useReturnFocus()

  /**
   * Runs a change, puts the comment it answers in place and empties the box it came from at once (`onDone`,
   * so its text is never shown twice), then reads the newest page again (replies, states, counts).
   */
  const change = async (
    run: () => Promise<{ ok: true; data: Comment } | { ok: false; error: ApiError }>,
    onDone?: () => void,
  ) => {
    setBusy(true)
    setError(null)
    const result = await run()
    if (result.ok) {
      pages.put([result.data])
      onDone?.()
    } else setError(result.error)
    await pages.reload()
    setBusy(false)
    return result.ok
  }

  /** Shows the page before; when it was the first, the button goes and the focus goes to the panel's title. */
  const showEarlier = async () => {
    if (!(await pages.showEarlier())) headingRef.current?.focus()
  }

  const addThread = async () => {
    if (!body.trim() || busy) return
    await change(
      () => api.addComment(segmentId, { body, ...markFields(mark) }),
      () => {
        setBody('')
        setMark(null)
      },
    )
  }
  const addReply = async (parentId: string) => {
    if (!reply.trim() || busy) return
    await change(
      () => api.addComment(segmentId, { body: reply, parentId }),
      () => {
        setReply('')
        setReplyTo(null)
      },
    )
  }

  const author = (c: Comment) => c.author?.name ?? c.authorName ?? t('review.comments.unknownAuthor')
  const threads = comments ? toThreads(comments) : []

  return (
    <section className="comment-panel" aria-labelledby={`${id}-title`} data-own-keys>
      <header>
        <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
          {t('review.comments.title', { number: props.number })}
        </h2>
        {props.onClose ? (
          <button type="button" onClick={props.onClose} aria-label={t('review.comments.close')}>
            ×
          </button>
        ) : null}
      </header>
      <ErrorMessage error={error} />
      {comments === null && !error ? <p className="muted">{t('common.loading')}</p> : null}
      {comments?.length === 0 ? <p className="muted">{t('review.comments.empty')}</p> : null}
      {pages.hasEarlier ? (
        // aria-disabled, never disabled, while a page loads: the focus stays on the button (as the glossary pager does).
        <button
          type="button"
          className="comment-earlier"
          aria-disabled={pages.isLoadingEarlier || undefined}
          onClick={pages.isLoadingEarlier ? undefined : () => void showEarlier()}
        >
          {t('review.comments.showEarlier')}
        </button>
      ) : null}
      {threads.map(({ root, replies }) => (
        <article
          key={root.id}
          className={`comment-thread${root.resolved ? ' resolved' : ''}`}
          data-testid="comment-thread"
        >
          {[root, ...replies].map((c) => (
            <div key={c.id} className={c.parentId ? 'comment reply' : 'comment'}>
              <div className="comment-meta">
                <strong>{author(c)}</strong> <time dateTime={c.createdAt}>{f.dateTime(c.createdAt)}</time>{' '}
                <MarkBadge category={c.category} severity={c.severity} />
              </div>
              {c.body ? <p className="comment-body">{c.body}</p> : null}
            </div>
          ))}
          {root.resolved && root.resolvedAt ? (
            <p className="muted">
              {t('review.comments.resolvedBy', {
                name: root.resolvedBy?.name ?? t('review.comments.unknownAuthor'),
                date: f.dateTime(root.resolvedAt),
              })}
            </p>
          ) : null}
          {canWrite ? (
            <div className="comment-actions">
              <button
                type="button"
                disabled={busy}
                onClick={() => void change(() => api.setThreadResolved(root.id, !root.resolved))}
              >
                {root.resolved ? t('review.comments.reopen') : t('review.comments.resolve')}
              </button>
              {replyTo === root.id ? null : (
                <button type="button" disabled={busy} onClick={() => setReplyTo(root.id)}>
                  {t('review.comments.reply')}
                </button>
              )}
            </div>
          ) : null}
          {replyTo === root.id ? (
            <div className="comment-form">
              <label htmlFor={`${id}-reply-${root.id}`}>{t('review.comments.replyLabel')}</label>
              <textarea
                id={`${id}-reply-${root.id}`}
                autoFocus
                rows={2}
                value={reply}
                onChange={(e) => setReply(e.target.value)}
                onKeyDown={sendOnModEnter(() => void addReply(root.id))}
              />
              <div className="comment-actions">
                <button type="button" onClick={() => setReplyTo(null)}>
                  {t('common.cancel')}
                </button>
                <button
                  type="button"
                  className="primary"
                  disabled={busy || !reply.trim()}
                  onClick={() => void addReply(root.id)}
                >
                  {busy ? t('review.comments.sending') : t('review.comments.reply')}
                </button>
              </div>
            </div>
          ) : null}
        </article>
      ))}
      {canWrite ? (
        <div className="comment-form">
          <label htmlFor={`${id}-new`}>{t('review.comments.new')}</label>
          <textarea
            id={`${id}-new`}
            autoFocus={props.autoFocus}
            rows={3}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            onKeyDown={sendOnModEnter(() => void addThread())}
          />
          <MarkFields value={mark} onChange={setMark} />
          <div className="comment-actions">
            <button type="button" className="primary" disabled={busy || !body.trim()} onClick={() => void addThread()}>
              {busy ? t('review.comments.sending') : t('review.comments.add')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  )
}
