'use client'
import { useTranslation } from 'react-i18next'
import { KeyHelpDialog } from '@/components/layout/key-help-dialog'
import { formatCombo, KEYMAP, type KeyAction } from '@/lib/workbench/keymap'

/** The keyboard help of the side-by-side editor, generated from KEYMAP. */
export function ShortcutsDialog({ onClose, isApple }: { onClose: () => void; isApple: boolean }) {
  const { t } = useTranslation()
  const rows = (Object.keys(KEYMAP) as KeyAction[]).map((action) => ({
    action,
    label: t(`keys.${action}`),
    combos: KEYMAP[action].map((c) => formatCombo(c, isApple)),
  }))
  return <KeyHelpDialog title={t('workbench.shortcuts')} rows={rows} onClose={onClose} />
}
