'use client'
import { useTranslation } from 'react-i18next'
import { ALIGNMENT_KEYMAP, formatAlignmentCombo, type AlignmentAction } from '@/lib/alignment-ops/alignment-keymap'
import styles from './alignment.module.css'

const GROUPS: AlignmentAction[][] = [
  ['merge', 'split', 'joinSegments', 'splitSegment'],
  ['moveTargetUp', 'moveTargetDown', 'moveSourceUp', 'moveSourceDown'],
  ['sourceAlone', 'targetAlone'],
  ['shiftTargetUp', 'shiftTargetDown', 'shiftSourceUp', 'shiftSourceDown'],
  ['confirm', 'confirmAbove', 'realign'],
  ['nextIrregular', 'nextUnconfirmed', 'sentences'],
  ['undo', 'redo', 'help'],
]

/** One button per operation, each labelled through i18n with its shortcut as tooltip. */
export function AlignmentToolbar({
  onAction,
  isDisabled,
  isApple,
}: {
  onAction: (action: AlignmentAction) => void
  isDisabled: (action: AlignmentAction) => boolean
  isApple: boolean
}) {
  const { t } = useTranslation()
  return (
    <div role="toolbar" aria-label={t('alignment.toolbar')} className={styles.toolbar}>
      {GROUPS.map((group) => (
        <span key={group.join()} style={{ display: 'inline-flex', gap: 4, marginInlineEnd: 8 }}>
          {group.map((action) => {
            const keys = ALIGNMENT_KEYMAP[action].map((c) => formatAlignmentCombo(c, isApple)).join(', ')
            return (
              <button
                key={action}
                type="button"
                title={`${t(`alignment.actions.${action}`)} (${keys})`}
                aria-keyshortcuts={keys}
                disabled={isDisabled(action)}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => onAction(action)}
              >
                {t(`alignment.actions.${action}`)}
              </button>
            )
          })}
        </span>
      ))}
    </div>
  )
}
