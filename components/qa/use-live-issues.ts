'use client'
import { useEffect, useState, useSyncExternalStore } from 'react'
import { useGlossaryMatches } from '@/components/glossary/use-glossary-matches'
import { api } from '@/lib/api/client'
import { ignoresOf, setIgnores, subscribeIgnores } from './qa-ignores-store'
import { liveIssues, type LiveCheckInput, type LiveIssue } from './live-issues'

// Checks run this long after the last keystroke, not on each one.
const DEBOUNCE_MS = 250

/** The live checks of the active segment, run again as the person types (debounced), with the segment's ignores loaded. */
export function useLiveIssues(segmentId: string, input: LiveCheckInput): { issues: LiveIssue[]; text: string } {
  const { editor, sourceHtml, sourceLang, lang } = input
  // The same request as the Terms section and the source underlines make (cached): no extra call.
  const terms = useGlossaryMatches(true, sourceLang, lang, sourceHtml)
  const ignores = useSyncExternalStore(
    subscribeIgnores,
    () => ignoresOf(segmentId),
    () => ignoresOf(segmentId),
  )
  const [result, setResult] = useState<{ issues: LiveIssue[]; text: string }>({ issues: [], text: '' })

  useEffect(() => {
    let cancelled = false
    void api.listQaIgnores(segmentId).then((loaded) => {
      if (!cancelled && loaded.ok) setIgnores(segmentId, loaded.data)
    })
    return () => {
      cancelled = true
    }
  }, [segmentId])

  useEffect(() => {
    const run = () => setResult(liveIssues({ editor, sourceHtml, sourceLang, lang, terms }, ignores))
    run()
    if (!editor) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const onUpdate = () => {
      clearTimeout(timer)
      timer = setTimeout(run, DEBOUNCE_MS)
    }
    editor.on('update', onUpdate)
    return () => {
      clearTimeout(timer)
      editor.off('update', onUpdate)
    }
  }, [editor, sourceHtml, sourceLang, lang, ignores, terms])
  return result
}
