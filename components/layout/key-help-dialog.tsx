'use client'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { Modal } from '@/components/ui/modal'

export type KeyHelpRow = { action: string; label: string; combos: string[] }

/** A keyboard help dialog: one row per action with its key combinations; Escape or Close dismisses it. */
export function KeyHelpDialog({ title, rows, onClose }: { title: string; rows: KeyHelpRow[]; onClose: () => void }) {
  const { t } = useTranslation()
  const titleId = useId()
  return (
    <Modal labelledBy={titleId} onClose={onClose} style={{ maxHeight: '90vh', overflow: 'auto' }}>
      {/* Close sits at the top: it takes the focus, and a focused button at the end scrolled a long list to its bottom. */}
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: 12 }}>
        <h2 id={titleId} style={{ marginTop: 0 }}>
          {title}
        </h2>
        <button type="button" autoFocus onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <table className="list key-help">
        <tbody>
          {rows.map((row) => (
            <tr key={row.action}>
              <td>{row.label}</td>
              <td>
                {row.combos.map((c) => (
                  <kbd key={c} style={{ marginInlineEnd: 6 }}>
                    {c}
                  </kbd>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  )
}
