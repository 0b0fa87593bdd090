'use client'
import Link from 'next/link'
import { useTranslation } from 'react-i18next'
import type { AlignmentView } from '@/lib/server/alignment/alignment-view'
import { languageName } from '@/lib/languages'
import { pagePaths } from '@/lib/paths'
import { ErrorMessage } from '@/components/ui/error-message'
import type { Notice } from './use-alignment'

/** The alignment view's title bar (back, editor link, link count, save state) and its notice line. */
export function AlignmentBar(props: { view: AlignmentView; busy: boolean; notice: Notice; onDismiss: () => void }) {
  const { t, i18n } = useTranslation()
  const { view, busy, notice } = props
  return (
    <>
      <div className="wb-bar">
        <Link href={pagePaths.document(view.documentId)}>← {t('common.back')}</Link>
        <h1 title={view.title}>
          {t('alignment.title', { title: view.title, lang: languageName(view.lang, i18n.language) })}
        </h1>
        <Link href={pagePaths.translate(view.documentId, view.lang)}>{t('alignment.openEditor')}</Link>
        <span className="muted" data-testid="link-count">
          {t('alignment.linkCount', { count: view.rows.length })}
        </span>
        <span style={{ flex: 1 }} />
        <span
          role="status"
          aria-live="polite"
          data-testid="align-state"
          data-state={busy ? 'saving' : 'saved'}
          className="muted"
        >
          {busy ? t('alignment.saving') : t('alignment.saved')}
        </span>
      </div>
      {notice ? (
        <div style={{ padding: '4px 16px', display: 'flex', gap: 8, alignItems: 'center' }}>
          {notice.kind === 'reloaded' ? (
            <p className="error" role="alert">
              {t('alignment.reloaded')}
            </p>
          ) : notice.kind === 'realigned' ? (
            <p role="status" data-testid="alignment-realigned">
              {notice.changed === 0
                ? t('alignment.realignedNothing')
                : t('alignment.realigned', { count: notice.changed })}
            </p>
          ) : notice.kind === 'live' ? (
            <p role="status" data-testid="alignment-live">
              {t('alignment.liveRefreshed', { user: notice.author })}
            </p>
          ) : (
            <ErrorMessage error={notice.error} />
          )}
          <button type="button" onClick={props.onDismiss}>
            {t('common.close')}
          </button>
        </div>
      ) : null}
    </>
  )
}
