'use client'
import { useEffect, useState } from 'react'
import { KEYMAP, matchesCombo } from '@/lib/workbench/keymap'
import { ConcordanceDialog } from './concordance-dialog'

/** Opens the concordance on Ctrl+K (⌘K), with the selected text as the first search. */
export function ConcordanceLauncher({ srcLang, tgtLang }: { srcLang: string; tgtLang: string }) {
  const [open, setOpen] = useState<{ query: string } | null>(null)
  useEffect(() => {
    const isApple = /Mac|iPhone|iPad/.test(navigator.platform)
    const onKey = (event: KeyboardEvent) => {
      if (!KEYMAP.concordance.some((combo) => matchesCombo(event, combo, isApple))) return
      event.preventDefault()
      event.stopPropagation()
      setOpen({ query: window.getSelection()?.toString().trim().slice(0, 200) ?? '' })
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [])
  if (!open) return null
  return (
    <ConcordanceDialog srcLang={srcLang} tgtLang={tgtLang} initialQuery={open.query} onClose={() => setOpen(null)} />
  )
}
