'use client'
import { useTranslation } from 'react-i18next'
import { formatCombo, KEYMAP, type KeyAction } from '@/lib/workbench/keymap'

/** The keyboard help, generated from KEYMAP. */
export function ShortcutsDialog({ onClose, isApple }: { onClose: () => void; isApple: boolean }) {
  const { t } = useTranslation()
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="keys-title" onClick={(e) => e.stopPropagation()}>
        <h2 id="keys-title" style={{ marginTop: 0 }}>{t('workbench.shortcuts')}</h2>
        <table className="list">
          <tbody>
            {(Object.keys(KEYMAP) as KeyAction[]).map((action) => (
              <tr key={action}>
                <td>{t(`keys.${action}`)}</td>
                <td>{KEYMAP[action].map((c) => <kbd key={c} style={{ marginInlineEnd: 6 }}>{formatCombo(c, isApple)}</kbd>)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p style={{ textAlign: 'end' }}><button type="button" autoFocus onClick={onClose}>{t('common.close')}</button></p>
      </div>
    </div>
  )
}
