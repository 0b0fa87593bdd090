'use client'
import { useTranslation } from 'react-i18next'
import { KeyHelpDialog } from '@/components/layout/key-help-dialog'
import { ALIGNMENT_KEYMAP, formatAlignmentCombo, type AlignmentAction } from '@/lib/alignment-ops/alignment-keymap'

/** The keyboard help of the alignment view, generated from ALIGNMENT_KEYMAP. */
export function AlignmentShortcuts({ onClose, isApple }: { onClose: () => void; isApple: boolean }) {
  const { t } = useTranslation()
  const rows = (Object.keys(ALIGNMENT_KEYMAP) as AlignmentAction[]).map((action) => ({
    action,
    label: t(`alignment.actions.${action}`),
    combos: ALIGNMENT_KEYMAP[action].map((c) => formatAlignmentCombo(c, isApple)),
  }))
  return <KeyHelpDialog title={t('alignment.shortcuts')} rows={rows} onClose={onClose} />
}
