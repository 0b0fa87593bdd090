'use client'
import { useTranslation } from 'react-i18next'
import { KeyHelpDialog } from '@/components/layout/key-help-dialog'
import { formatCombo, KEYMAP, REVIEW_ACTIONS, type KeyAction } from '@/lib/workbench/keymap'

/** The keyboard help of the side-by-side editor, generated from KEYMAP. */
export function ShortcutsDialog({
  onClose,
  isApple,
  canReview,
}: {
  onClose: () => void
  isApple: boolean
  canReview: boolean
}) {
  const { t } = useTranslation()
  const actions = (Object.keys(KEYMAP) as KeyAction[]).filter((a) => canReview || !REVIEW_ACTIONS.includes(a))
  const rows = actions.map((action) => ({
    action,
    label: t(`keys.${action}`),
    combos: KEYMAP[action].map((c) => formatCombo(c, isApple)),
  }))
  return <KeyHelpDialog title={t('workbench.shortcuts')} rows={rows} onClose={onClose} />
}
