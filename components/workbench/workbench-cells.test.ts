// @vitest-environment happy-dom
import type { Editor } from '@tiptap/react'
import { act, createElement, useState } from 'react'
import { describe, expect, test, vi } from 'vitest'
import { domHarness } from '@/components/test/dom-harness'
import { docToHtml } from '@/lib/richtext/doc-to-html'
import { docToText } from '@/lib/richtext/doc-to-text'
import { emptyDoc } from '@/lib/richtext/empty-doc'
import type { RichDoc } from '@/lib/richtext/types'
import type { SegmentState } from '@/lib/workbench/autosave'
import type { WorkbenchRow } from './types'
import { WorkbenchCells, type RowAction } from './workbench-cells'

// The source cell's glossary underlines ask the server; these tests are about the target cell.
vi.mock('@/components/glossary/use-glossary-matches', () => ({ useGlossaryMatches: () => [] }))

const harness = domHarness()

const paragraph = (text: string): RichDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})

function segment(id: string, content: RichDoc): SegmentState {
  const html = docToHtml(content)
  const text = docToText(content)
  const status = text ? 'draft' : 'empty'
  return { id, content, html, text, status, version: 1, updatedBy: null, saveState: 'saved', conflict: null }
}

const row = (targetIds: string[]): WorkbenchRow => ({
  linkId: 'l1',
  number: 1,
  type: targetIds.length > 1 ? `1:${targetIds.length}` : '1:1',
  sourceIds: ['s1'],
  // A long source: its cell, and the target cell beside it, are many lines tall.
  sourceHtml: '<p>Ein langer Absatz, der viele Zeilen hoch ist.</p>',
  sourceText: 'Ein langer Absatz, der viele Zeilen hoch ist.',
  targetIds,
})

/** One row's cells, activated as the workbench does it; the live editor is handed to `editors`. */
function renderRow(
  segments: Record<string, SegmentState>,
  {
    initialTarget = null,
    editors = new Map<string, Editor>(),
    readOnly = false,
    rowActions = [],
    onRowAction = () => undefined,
  } = {} as {
    initialTarget?: number | null
    editors?: Map<string, Editor>
    readOnly?: boolean
    rowActions?: RowAction[]
    onRowAction?: (action: RowAction) => void
  },
) {
  const activations: number[] = []
  function Row() {
    const [activeTarget, setActiveTarget] = useState<number | null>(initialTarget)
    return createElement(WorkbenchCells, {
      row: row(Object.keys(segments)),
      status: 'empty',
      activeTarget,
      segments,
      needle: '',
      sourceLang: 'de',
      lang: 'ru',
      references: [],
      readOnly,
      rowActions,
      onRowAction,
      onActivate: (target) => {
        activations.push(target)
        setActiveTarget(target)
      },
      onShowHistory: () => undefined,
      openComments: {},
      pretranslated: {},
      openFor: new Map(),
      onOpenComments: () => undefined,
      onAddSegment: () => undefined,
      onEdit: () => undefined,
      onLeave: () => undefined,
      onEditorReady: (id, editor) => (editor ? editors.set(id, editor) : editors.delete(id)),
      wasApproved: () => false,
      review: null,
    })
  }
  const container = harness.render(createElement(Row))
  const cell = container.querySelectorAll<HTMLElement>('[role="cell"]')[2]!
  return { cell, activations, editors }
}

/** A left-button press at a height of the page, as a browser sends it; true when its default was prevented. */
function press(element: Element, { clientY = 0, button = 0 } = {}): boolean {
  let prevented = false
  act(() => {
    const event = new MouseEvent('mousedown', { bubbles: true, cancelable: true, button, clientY })
    element.dispatchEvent(event)
    prevented = event.defaultPrevented
  })
  return prevented
}

const textbox = (cell: HTMLElement) => cell.querySelector<HTMLElement>('[role="textbox"]')

describe('WorkbenchCells', () => {
  test('a press on the blank part of an empty target cell edits that segment, the caret in its editor', () => {
    const { cell, activations, editors } = renderRow({ t1: segment('t1', emptyDoc()) })
    expect(cell.querySelector('.placeholder')).not.toBeNull()
    expect(textbox(cell)).toBeNull()

    expect(press(cell)).toBe(true)
    expect(activations).toEqual([0])
    expect(textbox(cell)).not.toBeNull()
    expect(document.activeElement).toBe(textbox(cell))
    expect(editors.get('t1')?.isFocused).toBe(true)
  })

  test('a press below the segment being edited puts the focus back in its editor, the caret at the end', () => {
    const editors = new Map<string, Editor>()
    const { cell, activations } = renderRow(
      { t1: segment('t1', paragraph('Длинный абзац')) },
      { initialTarget: 0, editors },
    )
    const editor = editors.get('t1')!
    // The person put the caret at the start, then the focus elsewhere (the editor stays open).
    const outside = document.body.appendChild(document.createElement('button'))
    act(() => {
      editor.commands.setTextSelection(1)
      outside.focus()
    })
    expect(document.activeElement).toBe(outside)

    expect(press(cell)).toBe(true)
    expect(activations).toEqual([])
    expect(document.activeElement).toBe(textbox(cell))
    expect(editor.state.selection.from).toBe(editor.state.doc.content.size - 1)
    expect(editor.state.selection.empty).toBe(true)
  })

  test('of two target segments, a press below both edits the second, one above them the first', () => {
    const { cell, activations } = renderRow({ t1: segment('t1', emptyDoc()), t2: segment('t2', emptyDoc()) })
    // happy-dom lays nothing out: each segment's place in the cell (shown or being edited) is given.
    const tops: Record<string, number> = { '0': 108, '1': 132 }
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      return DOMRect.fromRect({ y: tops[this.dataset.target ?? ''] ?? 0, height: 20 })
    })

    press(cell, { clientY: 300 })
    expect(activations).toEqual([1])
    expect(document.activeElement).toBe(textbox(cell))
    press(cell, { clientY: 103 })
    expect(activations).toEqual([1, 0])
  })

  test('presses on what the cell holds, and other buttons than the left, are left to the browser', () => {
    const { cell, activations, editors } = renderRow({ t1: segment('t1', paragraph('Новый текст')) })
    const shown = cell.querySelector<HTMLElement>('[data-segment]')!
    // The segment opens on its click, as before; its press keeps its default (a selection may start there).
    expect(press(shown)).toBe(false)
    expect(press(cell, { button: 2 })).toBe(false)
    expect(activations).toEqual([])
    act(() => shown.click())
    expect(activations).toEqual([0])

    // In the editor's text a press is ProseMirror's: the caret is not sent to the end.
    const editor = editors.get('t1')!
    act(() => {
      editor.commands.setTextSelection(1)
    })
    press(textbox(cell)!.querySelector('p')!)
    expect(editor.state.selection.from).toBe(1)
    const bold = cell.querySelector<HTMLButtonElement>('[role="toolbar"] button')!
    act(() => bold.click())
    expect(editor.isActive('bold')).toBe(true)
    expect(activations).toEqual([0])
  })

  test('read only, a target is text to read: no button, no editor from a click, a key or a press on the blank', () => {
    const { cell, activations } = renderRow(
      { t1: segment('t1', emptyDoc()), t2: segment('t2', paragraph('Текст')) },
      {
        readOnly: true,
      },
    )
    expect(cell.textContent).toContain('Not translated yet')
    expect(cell.textContent).not.toContain('click or press Enter')
    expect(cell.querySelectorAll('[role="button"], [tabindex]')).toHaveLength(0)
    for (const target of cell.querySelectorAll<HTMLElement>('[data-segment]')) act(() => target.click())
    expect(press(cell, { clientY: 500 })).toBe(false)
    expect(activations).toEqual([])
    expect(textbox(cell)).toBeNull()
  })

  test('the row being edited has a button for each status change its keys make, and a click keeps the editor focused', () => {
    const done: RowAction[] = []
    const actions: RowAction[] = ['confirmAndNext', 'approveAndNext', 'reject']
    const { cell } = renderRow(
      { t1: segment('t1', paragraph('Текст')) },
      { initialTarget: 0, rowActions: actions, onRowAction: (action) => done.push(action) },
    )
    const buttons = [...cell.parentElement!.querySelectorAll<HTMLButtonElement>('.row-action')]
    expect(buttons.map((b) => [b.textContent, b.getAttribute('aria-label')])).toEqual([
      ['Confirm', 'Confirm segment 1: mark it translated and go to the next'],
      ['Approve', 'Approve segment 1'],
      ['Reject', 'Reject segment 1 with a reason'],
    ])
    for (const button of buttons) {
      expect(press(button)).toBe(true)
      act(() => button.click())
    }
    expect(done).toEqual(actions)
  })

  test('a row not being edited has no status buttons', () => {
    const { cell } = renderRow({ t1: segment('t1', paragraph('Текст')) }, { rowActions: ['confirmAndNext'] })
    expect(cell.parentElement!.querySelectorAll('.row-action')).toHaveLength(0)
  })
})
