'use client'
import { useTranslation } from 'react-i18next'
import type { Problem } from '@/lib/api/client'
import { createFormatters } from '@/lib/i18n/format'
import { messageParams } from '@/lib/i18n/message-params'

/**
 * A check report: each problem with its line and column, the text in the UI language. `total`, when
 * the server kept only the first problems, says how many there were in all.
 */
export function ProblemTable({ fileName, problems, total }: { fileName: string; problems: Problem[]; total?: number }) {
  const { t, i18n } = useTranslation()
  const f = createFormatters(i18n.language)
  // Codes come from the server at run time, so these keys cannot be checked by the compiler.
  const tDynamic = t as unknown as (key: string, options: Record<string, unknown>) => string
  const describe = (p: Problem) => {
    const key = `errors.${p.code}`
    return i18n.exists(key) ? tDynamic(key, messageParams(p.params ?? {}, i18n.language)) : p.message
  }
  return (
    <>
      {total !== undefined && total > problems.length ? (
        <p className="muted">{t('exchange.problems.truncated', { count: total, shown: f.number(problems.length) })}</p>
      ) : null}
      <table className="list">
        <caption>{t('exchange.problems.caption', { file: fileName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('exchange.problems.line')}</th>
            <th scope="col">{t('exchange.problems.column')}</th>
            <th scope="col">{t('exchange.problems.severity')}</th>
            <th scope="col">{t('exchange.problems.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={i}>
              <td>{p.line > 0 ? f.number(p.line) : '—'}</td>
              <td>{p.column > 0 ? f.number(p.column) : '—'}</td>
              <td>{t(`exchange.problems.severities.${p.severity}`)}</td>
              <td>
                {describe(p)}
                {(p.detail ?? p.message) !== describe(p) ? (
                  <>
                    <br />
                    <small className="muted" lang="en">
                      {p.detail ?? p.message}
                    </small>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
