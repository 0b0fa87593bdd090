// @vitest-environment happy-dom
import { readFileSync } from 'node:fs'
import { createElement } from 'react'
import { describe, expect, test } from 'vitest'
import { domHarness } from '@/components/test/dom-harness'
import type { Progress } from '@/lib/workbench/progress'
import { SEGMENT_STATUSES, type SegmentStatus } from '@/lib/workbench/segment-states'
import { ProgressBar, StackedBar } from './progress-bar'

const { render } = domHarness()

/** Ten segments of ten words, `translated` of them translated and the rest empty. */
function progressOf(translated: number): Progress {
  const byStatus = Object.fromEntries(SEGMENT_STATUSES.map((s) => [s, { count: 0, words: 0 }])) as Progress['byStatus']
  byStatus.translated = { count: translated, words: translated * 10 }
  byStatus.empty = { count: 10 - translated, words: (10 - translated) * 10 }
  return { total: { count: 10, words: 100 }, byStatus } as Progress
}

/** The page's own stylesheet, so the computed layout is the one the browser draws. */
function addStylesheet() {
  const style = document.createElement('style')
  style.textContent = readFileSync('app/globals.css', 'utf8')
  document.head.append(style)
  return () => style.remove()
}

describe('ProgressBar', () => {
  test('the bar has the same track at 0 % and at 100 %: only the bar column takes the free width', () => {
    const removeStylesheet = addStylesheet()
    try {
      for (const translated of [0, 10]) {
        const container = render(createElement(ProgressBar, { lang: 'ru', progress: progressOf(translated) }))
        const row = container.querySelector<HTMLElement>('[role=progressbar]')!.parentElement!
        const tracks = getComputedStyle(row).gridTemplateColumns.split(' ')
        const bar = [...row.children].findIndex((child) => child.getAttribute('role') === 'progressbar')
        expect(tracks[bar]).toBe('1fr')
        // Every other track a fixed length: none sized to its text (auto, fr, min- or max-content).
        expect(tracks.filter((_, k) => k !== bar).every((track) => /^\d+(\.\d+)?(px|ch|em|rem)$/.test(track))).toBe(
          true,
        )
      }
    } finally {
      removeStylesheet()
    }
  })
})

describe('StackedBar', () => {
  test('its summary is its tooltip, as on the My work page', () => {
    const parts: Partial<Record<SegmentStatus, number>> = { approved: 2 }
    const container = render(
      createElement(StackedBar, { label: 'Segments', parts, total: 5, done: 2, summary: '2 of 5 segments' }),
    )
    expect(container.querySelector('[role=progressbar]')?.getAttribute('title')).toBe('2 of 5 segments')
  })
})
