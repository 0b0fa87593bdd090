'use client'
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ALIGNMENT_KEYMAP, formatAlignmentCombo, type AlignmentAction } from '@/lib/alignment-ops/alignment-keymap'
import { ActionIcon } from './alignment-icons'
import styles from './alignment.module.css'
import { STANDALONE, TOOLBAR_GROUPS, type ToolbarGroup } from './toolbar-groups'

type Props = {
  onAction: (action: AlignmentAction) => void
  isDisabled: (action: AlignmentAction) => boolean
  isApple: boolean
}

/** The keys of an action as people read them (`Ctrl+Backspace`) and as aria-keyshortcuts wants them. */
function keysOf(action: AlignmentAction, isApple: boolean) {
  const combos = ALIGNMENT_KEYMAP[action]
  return {
    shown: combos.map((c) => formatAlignmentCombo(c, isApple)).join(', '),
    aria: combos.map((c) => c.replace('Mod', isApple ? 'Meta' : 'Control')).join(' '),
  }
}

/** A group's menu button and its menu: arrows, Home and End move, Enter or Space runs, Escape and Tab close. */
function GroupMenu({ group, onAction, isDisabled, isApple }: Props & { group: ToolbarGroup }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLDivElement>(null)
  const id = `alignment-menu-${group.id}`
  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
  const focusItem = (index: number) => {
    const all = items()
    all[(index + all.length) % all.length]?.focus()
  }
  const openAt = (index: number) => {
    setOpen(true)
    requestAnimationFrame(() => focusItem(index))
  }
  const close = (returnFocus: boolean) => {
    setOpen(false)
    if (returnFocus) button.current?.focus()
  }
  // A menu that would run past the window's edge (a group near the end, a narrow window) opens towards the start.
  useLayoutEffect(() => {
    const element = menu.current
    if (!open || !element) return
    delete element.dataset.alignEnd
    if (element.getBoundingClientRect().right > document.documentElement.clientWidth) element.dataset.alignEnd = 'true'
  }, [open])
  useEffect(() => {
    if (!open) return
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointer)
    return () => document.removeEventListener('pointerdown', onPointer)
  }, [open])
  const run = (action: AlignmentAction) => {
    if (isDisabled(action)) return
    close(false)
    onAction(action)
  }
  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const all = items()
    const at = all.indexOf(document.activeElement as HTMLElement)
    const moves: Record<string, () => void> = {
      ArrowDown: () => focusItem(at + 1),
      ArrowUp: () => focusItem(at - 1),
      Home: () => focusItem(0),
      End: () => focusItem(-1),
      Escape: () => close(true),
    }
    if (event.key === 'Tab') return setOpen(false)
    const move = moves[event.key]
    // The page's own shortcuts stay out of an open menu.
    event.stopPropagation()
    if (!move) return
    event.preventDefault()
    move()
  }
  return (
    <span className={styles.menuHolder}>
      <button
        ref={button}
        type="button"
        id={`${id}-button`}
        className={styles.menuButton}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        data-toolbar-item
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault()
            e.stopPropagation()
            openAt(e.key === 'ArrowDown' ? 0 : -1)
          }
        }}
      >
        {t(`alignment.groups.${group.id}`)}
        <svg aria-hidden="true" focusable="false" width="10" height="10" viewBox="0 0 10 10">
          <path d="M2 4l3 3 3-3" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </button>
      {open ? (
        <div
          ref={menu}
          id={id}
          role="menu"
          aria-labelledby={`${id}-button`}
          className={styles.menu}
          onKeyDown={onMenuKey}
        >
          {group.menu.map((action) => {
            const keys = keysOf(action, isApple)
            const disabled = isDisabled(action)
            return (
              <div
                key={action}
                role="menuitem"
                tabIndex={-1}
                aria-disabled={disabled || undefined}
                aria-keyshortcuts={keys.aria}
                className={styles.menuItem}
                onClick={() => run(action)}
                onKeyDown={(e) => {
                  if (e.key !== 'Enter' && e.key !== ' ') return
                  e.preventDefault()
                  e.stopPropagation()
                  run(action)
                }}
              >
                <span>{t(`alignment.actions.${action}`)}</span>
                <kbd>{keys.shown}</kbd>
              </div>
            )
          })}
        </div>
      ) : null}
    </span>
  )
}

/**
 * The operations in five groups (link, target segments, source, confirm, navigate), each with its
 * most used actions as icon buttons and a menu of all of them; keys show in tooltips and menus.
 * One tab stop: Left and Right move between the controls (the ARIA toolbar pattern).
 */
export function AlignmentToolbar(props: Props) {
  const { t } = useTranslation()
  const [current, setCurrent] = useState(0)
  const bar = useRef<HTMLDivElement>(null)
  const controls = () => [...(bar.current?.querySelectorAll<HTMLElement>('[data-toolbar-item]') ?? [])]
  useEffect(() => {
    for (const [k, el] of controls().entries()) el.tabIndex = k === current ? 0 : -1
  })
  const iconButton = (action: AlignmentAction) => {
    const keys = keysOf(action, props.isApple)
    const label = t(`alignment.actions.${action}`)
    const disabled = props.isDisabled(action)
    return (
      <button
        key={action}
        type="button"
        className={styles.iconButton}
        aria-label={label}
        title={`${label} (${keys.shown})`}
        aria-keyshortcuts={keys.aria}
        aria-disabled={disabled || undefined}
        data-toolbar-item
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => (disabled ? undefined : props.onAction(action))}
      >
        <ActionIcon action={action} />
      </button>
    )
  }
  return (
    <div
      ref={bar}
      role="toolbar"
      aria-label={t('alignment.toolbar')}
      className={styles.toolbar}
      onFocus={(e) => {
        const index = controls().indexOf(e.target as HTMLElement)
        if (index >= 0) setCurrent(index)
      }}
      onKeyDown={(e) => {
        if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return
        if ((e.target as HTMLElement).closest('[role="menu"]')) return
        const all = controls()
        const at = all.indexOf(e.target as HTMLElement)
        if (at < 0) return
        e.preventDefault()
        e.stopPropagation()
        all[(at + (e.key === 'ArrowRight' ? 1 : -1) + all.length) % all.length]?.focus()
      }}
    >
      {TOOLBAR_GROUPS.map((group) => (
        <div key={group.id} role="group" aria-label={t(`alignment.groups.${group.id}`)} className={styles.group}>
          {group.direct.map(iconButton)}
          <GroupMenu group={group} {...props} />
        </div>
      ))}
      <div role="group" className={styles.group} aria-label={t('alignment.groups.history')}>
        {STANDALONE.map(iconButton)}
      </div>
    </div>
  )
}
