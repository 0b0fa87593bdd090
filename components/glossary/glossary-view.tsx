'use client'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConfirmDeleteDialog } from '@/components/ui/confirm-delete-dialog'
import { LanguageInput } from '@/components/ui/language-input'
import type { ApiError } from '@/lib/api/api-error'
import {
  glossaryApi,
  type GlossaryPageAt,
  type GlossaryPageItem,
  type GlossaryTermItem,
  type TermInput,
} from '@/lib/api/glossary-client'
import type { LangPair } from '@/lib/glossary/term'
import { languageName } from '@/lib/languages'
import { pagePaths } from '@/lib/paths'
import { GlossaryExport } from './glossary-export'
import { GlossaryImport } from './glossary-import'
import { GlossaryPager } from './glossary-pager'
import { TermForm, EMPTY_TERM } from './term-form'
import { forgetGlossaryMatches } from './use-glossary-matches'

/** The Glossary page: pick a language pair, then list (a page at a time), search, add, edit, delete, import and export its terms. */
export function GlossaryView(props: {
  pairs: Array<LangPair & { terms: number }>
  pair: LangPair | null
  initialPage: GlossaryPageItem
  canEdit: boolean
}) {
  const { t, i18n } = useTranslation()
  const router = useRouter()
  const [srcLang, setSrcLang] = useState(props.pair?.srcLang ?? '')
  const [tgtLang, setTgtLang] = useState(props.pair?.tgtLang ?? '')
  const [page, setPage] = useState(props.initialPage)
  // Where the page shown starts (reloaded after an edit) and its number, counted as the buttons move.
  const [at, setAt] = useState<GlossaryPageAt>({})
  const [pageNumber, setPageNumber] = useState(1)
  const [paging, setPaging] = useState(false)
  const terms = page.terms
  const [query, setQuery] = useState('')
  const [editing, setEditing] = useState<string | null>(null)
  const [deleting, setDeleting] = useState<GlossaryTermItem | null>(null)
  const [deleteError, setDeleteError] = useState<ApiError | null>(null)
  const [notice, setNotice] = useState('')
  // Only the latest action's result shows: this notice (add, save, delete) or the import's own result.
  const [isImportLatest, setImportLatest] = useState(false)
  const announce = (text: string) => {
    setNotice(text)
    setImportLatest(false)
  }
  const name = (tag: string) => languageName(tag, i18n.language)
  const pair = props.pair

  const reload = async (q = query, to = at) => {
    if (!pair) return false
    forgetGlossaryMatches()
    const answer = await glossaryApi.listTerms(pair, q, to)
    if (!answer.ok) return false
    setPage(answer.data)
    setAt(to)
    return true
  }
  const turn = async (to: GlossaryPageAt, number: number) => {
    setPaging(true)
    if (await reload(query, to)) setPageNumber(number)
    setPaging(false)
  }
  const add = async (term: TermInput) => {
    if (!pair) return null
    const answer = await glossaryApi.addTerm(pair, term)
    if (!answer.ok) return answer.error
    announce(t('glossary.added'))
    await reload()
    return null
  }
  const save = (item: GlossaryTermItem) => async (term: TermInput) => {
    const answer = await glossaryApi.updateTerm(item.id, term, item.version)
    if (!answer.ok) {
      if (answer.error.code === 'glossary.conflict') await reload()
      return answer.error
    }
    setEditing(null)
    announce(t('glossary.saved'))
    await reload()
    return null
  }

  return (
    <main className="page stack glossary-page">
      <h1>{t('glossary.title')}</h1>
      <p className="muted">{t('glossary.intro')}</p>
      <form
        className="row"
        aria-label={t('glossary.pair.choose')}
        onSubmit={(e) => {
          e.preventDefault()
          if (srcLang && tgtLang) router.push(pagePaths.glossary({ srcLang, tgtLang }))
        }}
      >
        <label htmlFor="glossary-src">{t('glossary.pair.source')}</label>
        <LanguageInput id="glossary-src" value={srcLang} onChange={setSrcLang} />
        <label htmlFor="glossary-tgt">{t('glossary.pair.target')}</label>
        <LanguageInput id="glossary-tgt" value={tgtLang} onChange={setTgtLang} />
        <button type="submit">{t('glossary.pair.show')}</button>
      </form>
      {props.pairs.length > 0 ? (
        <nav aria-label={t('glossary.pair.existing')}>
          <ul className="row">
            {props.pairs.map((p) => (
              <li key={`${p.srcLang}:${p.tgtLang}`}>
                <Link href={pagePaths.glossary(p)}>
                  {name(p.srcLang)} → {name(p.tgtLang)} ({t('glossary.count', { count: p.terms })})
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {pair ? (
        <section className="stack" aria-label={`${name(pair.srcLang)} → ${name(pair.tgtLang)}`}>
          <h2>
            {name(pair.srcLang)} → {name(pair.tgtLang)}
          </h2>
          {props.canEdit ? (
            <TermForm
              initial={EMPTY_TERM}
              editing={false}
              srcLang={pair.srcLang}
              tgtLang={pair.tgtLang}
              onSubmit={add}
            />
          ) : (
            <p className="muted">{t('glossary.readOnly', { lang: name(pair.tgtLang) })}</p>
          )}
          <p role="status">{notice}</p>
          <label>
            {t('glossary.search')}{' '}
            <input
              type="search"
              value={query}
              onChange={(e) => {
                setQuery(e.target.value)
                setPageNumber(1)
                void reload(e.target.value, {})
              }}
            />
          </label>
          <GlossaryPager
            total={page.total}
            page={pageNumber}
            hasPrevious={page.previous !== null}
            hasNext={page.next !== null}
            busy={paging}
            onPrevious={() => void turn({ before: page.previous ?? undefined }, Math.max(1, pageNumber - 1))}
            onNext={() => void turn({ after: page.next ?? undefined }, pageNumber + 1)}
          />
          {terms.length === 0 ? (
            <p>{t('glossary.none')}</p>
          ) : (
            <div className="table-scroll">
              <table className="reflow">
                <thead>
                  <tr>
                    <th>{t('glossary.columns.source')}</th>
                    <th>{t('glossary.columns.target')}</th>
                    <th>{t('glossary.columns.partOfSpeech')}</th>
                    <th>{t('glossary.columns.forbidden')}</th>
                    <th>{t('glossary.columns.definition')}</th>
                    <th>{t('glossary.columns.note')}</th>
                    {props.canEdit ? <th>{t('glossary.columns.actions')}</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {terms.map((term) =>
                    editing === term.id ? (
                      <tr key={term.id}>
                        <td colSpan={7}>
                          <TermForm
                            initial={term}
                            editing
                            srcLang={pair.srcLang}
                            tgtLang={pair.tgtLang}
                            onSubmit={save(term)}
                            onCancel={() => setEditing(null)}
                          />
                        </td>
                      </tr>
                    ) : (
                      <tr key={term.id}>
                        <td lang={pair.srcLang}>{term.sourceTerm}</td>
                        <td lang={pair.tgtLang} data-label={t('glossary.columns.target')}>
                          {term.targetTerm}
                        </td>
                        <td data-label={t('glossary.columns.partOfSpeech')}>
                          {term.partOfSpeech ? t(`glossary.partOfSpeech.${term.partOfSpeech}`) : ''}
                        </td>
                        <td lang={pair.tgtLang} data-label={t('glossary.columns.forbidden')}>
                          {term.forbidden.join('; ')}
                        </td>
                        <td data-label={t('glossary.columns.definition')}>{term.definition}</td>
                        <td data-label={t('glossary.columns.note')}>{term.note}</td>
                        {props.canEdit ? (
                          <td>
                            <div className="row">
                              <button type="button" onClick={() => setEditing(term.id)}>
                                {t('glossary.edit')}
                              </button>
                              <button type="button" onClick={() => setDeleting(term)}>
                                {t('glossary.delete')}
                              </button>
                            </div>
                          </td>
                        ) : null}
                      </tr>
                    ),
                  )}
                </tbody>
              </table>
            </div>
          )}
          {props.canEdit ? (
            <section className="stack">
              <h3>{t('glossary.import.title')}</h3>
              <GlossaryImport
                pair={pair}
                isLatest={isImportLatest}
                onStart={() => {
                  setNotice('')
                  setImportLatest(true)
                }}
                onImported={() => void reload()}
              />
            </section>
          ) : null}
          <GlossaryExport pair={pair} />
        </section>
      ) : (
        <p>{t('glossary.pair.choose')}</p>
      )}
      {deleting ? (
        <ConfirmDeleteDialog
          title={t('glossary.delete')}
          body={t('glossary.confirmDelete', { term: deleting.sourceTerm })}
          confirmLabel={t('glossary.delete')}
          busy={false}
          error={deleteError}
          onCancel={() => {
            setDeleting(null)
            setDeleteError(null)
          }}
          onConfirm={() =>
            void glossaryApi.deleteTerm(deleting.id).then(async (answer) => {
              if (!answer.ok) return setDeleteError(answer.error)
              setDeleting(null)
              announce(t('glossary.deleted'))
              await reload()
            })
          }
        />
      ) : null}
    </main>
  )
}
