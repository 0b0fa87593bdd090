'use client'
import { useTranslation } from 'react-i18next'
import { ALIGNMENT_KEYMAP, formatAlignmentCombo, type AlignmentAction } from '@/lib/alignment-ops/alignment-keymap'

/** The keyboard help of the alignment view, generated from ALIGNMENT_KEYMAP. */
export function AlignmentShortcuts({ onClose, isApple }: { onClose: () => void; isApple: boolean }) {
  const { t } = useTranslation()
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="align-keys-title" onClick={(e) => e.stopPropagation()} onKeyDown={(e) => { if (e.key === 'Escape') onClose() }} style={{ maxHeight: '90vh', overflow: 'auto' }}>
        <h2 id="align-keys-title" style={{ marginTop: 0 }}>{t('alignment.shortcuts')}</h2>
        <table className="list">
          <tbody>
            {(Object.keys(ALIGNMENT_KEYMAP) as AlignmentAction[]).map((action) => (
              <tr key={action}>
                <td>{t(`alignment.actions.${action}`)}</td>
                <td>{ALIGNMENT_KEYMAP[action].map((c) => <kbd key={c} style={{ marginInlineEnd: 6 }}>{formatAlignmentCombo(c, isApple)}</kbd>)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p style={{ textAlign: 'end' }}><button type="button" autoFocus onClick={onClose}>{t('common.close')}</button></p>
      </div>
    </div>
  )
}
