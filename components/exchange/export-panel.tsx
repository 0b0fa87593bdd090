'use client'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { languageName } from '@/lib/languages'
import { STATUS_FILTERS } from '@/lib/formats/export-options'
import { apiPaths } from '@/lib/paths'
import {
  BILINGUAL_FORMATS as BILINGUAL,
  EXPORT_FORMATS as FORMATS,
  type ExportFormat as Format,
} from '@/lib/exchange/export-formats'

const UNITS = ['paragraph', 'sentence'] as const

/** Export options for a document and a plain download link to `GET /api/documents/:id/export`. */
export function ExportPanel({ documentId, langs }: { documentId: string; langs: string[] }) {
  const { t, i18n } = useTranslation()
  const [format, setFormat] = useState<Format>('tmx')
  const [chosen, setChosen] = useState<string[]>(langs.slice(0, 1))
  const [status, setStatus] = useState<(typeof STATUS_FILTERS)[number]>('all')
  const [unit, setUnit] = useState<(typeof UNITS)[number]>('paragraph')
  const [plain, setPlain] = useState(false)
  const [empty, setEmpty] = useState(false)
  const [unaligned, setUnaligned] = useState(false)

  if (langs.length === 0) return <p className="muted">{t('exchange.export.noTranslations')}</p>
  const ordered = langs.filter((l) => chosen.includes(l))
  const isValid = ordered.length > 0 && (!BILINGUAL.has(format) || ordered.length === 1)
  const query = new URLSearchParams({
    format,
    langs: ordered.join(','),
    status,
    unit,
    formatted: plain ? '0' : '1',
    empty: empty ? '1' : '0',
    unaligned: unaligned ? '1' : '0',
  })
  const toggle = (lang: string) =>
    setChosen((c) => (c.includes(lang) ? c.filter((l) => l !== lang) : BILINGUAL.has(format) ? [lang] : [...c, lang]))

  return (
    <section className="card" aria-labelledby="export-title">
      <h2 id="export-title" style={{ marginTop: 0 }}>
        {t('exchange.export.title')}
      </h2>
      <div className="form-row">
        <label htmlFor="export-format">{t('exchange.export.format')}</label>
        <select id="export-format" value={format} onChange={(e) => setFormat(e.target.value as Format)}>
          {FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`exchange.export.formats.${f}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="form-row">
        <legend>{t('exchange.export.languages')}</legend>
        {langs.map((lang) => (
          <label key={lang} style={{ marginRight: 12 }}>
            <input type="checkbox" checked={chosen.includes(lang)} onChange={() => toggle(lang)} />{' '}
            {languageName(lang, i18n.language)}
          </label>
        ))}
        {BILINGUAL.has(format) && ordered.length !== 1 ? (
          <p className="error" role="alert">
            {t('exchange.export.needOneLanguage')}
          </p>
        ) : null}
      </fieldset>
      <div className="form-row">
        <label htmlFor="export-status">{t('exchange.export.statuses')}</label>
        <select id="export-status" value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
          {STATUS_FILTERS.map((s) => (
            <option key={s} value={s}>
              {t(`exchange.export.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-row">
        <label htmlFor="export-unit">{t('exchange.export.unit')}</label>
        <select id="export-unit" value={unit} onChange={(e) => setUnit(e.target.value as typeof unit)}>
          {UNITS.map((u) => (
            <option key={u} value={u}>
              {t(`exchange.export.units.${u}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="form-row">
        <legend>{t('exchange.export.formatting')}</legend>
        <label style={{ marginRight: 12 }}>
          <input type="radio" name="export-formatting" checked={!plain} onChange={() => setPlain(false)} />{' '}
          {t('exchange.export.formatted')}
        </label>
        <label>
          <input type="radio" name="export-formatting" checked={plain} onChange={() => setPlain(true)} />{' '}
          {t('exchange.export.plain')}
        </label>
      </fieldset>
      <div className="form-row">
        <label>
          <input type="checkbox" checked={empty} onChange={(e) => setEmpty(e.target.checked)} />{' '}
          {t('exchange.export.empty')}
        </label>
        <label>
          <input type="checkbox" checked={unaligned} onChange={(e) => setUnaligned(e.target.checked)} />{' '}
          {t('exchange.export.unaligned')}
        </label>
      </div>
      {isValid ? (
        <a
          href={apiPaths.export(documentId, query)}
          download
          style={{
            display: 'inline-block',
            background: 'var(--accent)',
            color: '#fff',
            borderRadius: 6,
            padding: '4px 10px',
            textDecoration: 'none',
          }}
        >
          {t('exchange.export.download')}
        </a>
      ) : (
        <button type="button" className="primary" disabled>
          {t('exchange.export.download')}
        </button>
      )}
    </section>
  )
}
