import { describe, expect, test } from 'vitest'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import {
  autosave,
  AUTOSAVE_MS,
  initAutosave,
  overallSaveState,
  RETRY_MS,
  type AutosaveEvent,
  type AutosaveState,
  type ServerSegment,
} from './autosave'

const start = () =>
  initAutosave([{ id: 's1', content: textToDoc('Старый'), status: 'translated', version: 3, updatedBy: null }])
const server = (text: string, version: number, status: ServerSegment['status'] = 'draft'): ServerSegment => ({
  id: 's1',
  content: textToDoc(text),
  html: `<p>${text}</p>`,
  text,
  status,
  version,
  updatedBy: 'anna',
})

/** Runs events in order; returns the final state and every effect, in order. */
function play(state: AutosaveState, ...events: AutosaveEvent[]) {
  const effects = []
  for (const event of events) {
    const result = autosave(state, event)
    state = result.state
    effects.push(...result.effects)
  }
  return { state, effects, sends: effects.filter((e) => e.type === 'send') }
}

describe('autosave', () => {
  test('an edit marks the segment unsaved and (re)arms its timer; further keys re-render nothing', () => {
    const first = play(start(), { type: 'edit', id: 's1', content: textToDoc('Н') })
    expect(first.state.segments.s1?.saveState).toBe('unsaved')
    expect(first.effects).toEqual([{ type: 'schedule', id: 's1', delayMs: AUTOSAVE_MS }])
    const second = autosave(first.state, { type: 'edit', id: 's1', content: textToDoc('Но') })
    expect(second.effects).toEqual([{ type: 'schedule', id: 's1', delayMs: AUTOSAVE_MS }])
    expect(second.state.segments).toBe(first.state.segments)
  })

  test('the timer sends the latest text once, with the version it was loaded at', () => {
    const { state, sends, effects } = play(
      start(),
      { type: 'edit', id: 's1', content: textToDoc('Н') },
      { type: 'edit', id: 's1', content: textToDoc('Новый') },
      { type: 'save', id: 's1' },
    )
    expect(effects.at(-2)).toEqual({ type: 'cancel', id: 's1' })
    expect(sends).toEqual([{ type: 'send', id: 's1', request: { doc: textToDoc('Новый'), version: 3 } }])
    expect(state.segments.s1).toMatchObject({ saveState: 'saving', text: 'Новый' })
  })

  test('a segment with nothing new is not sent, and one request runs at a time', () => {
    expect(play(start(), { type: 'save', id: 's1' }).sends).toEqual([])
    const { sends } = play(
      start(),
      { type: 'edit', id: 's1', content: textToDoc('А') },
      { type: 'save', id: 's1' },
      { type: 'edit', id: 's1', content: textToDoc('АБ') },
      { type: 'save', id: 's1' },
    )
    expect(sends).toHaveLength(1)
  })

  test('text typed while a save runs is sent when it returns, and the segment stays unsaved till then', () => {
    const { state, sends } = play(
      start(),
      { type: 'edit', id: 's1', content: textToDoc('А') },
      { type: 'save', id: 's1' },
      { type: 'edit', id: 's1', content: textToDoc('АБ') },
      { type: 'saved', id: 's1', segment: server('А', 4) },
    )
    expect(sends.map((s) => s.type === 'send' && s.request)).toEqual([
      { doc: textToDoc('А'), version: 3 },
      { doc: textToDoc('АБ'), version: 4 },
    ])
    expect(state.segments.s1).toMatchObject({ saveState: 'saving', version: 4, text: 'АБ' })
    const done = play(state, { type: 'saved', id: 's1', segment: server('АБ', 5) }).state
    expect(done.segments.s1).toMatchObject({ saveState: 'saved', version: 5, text: 'АБ' })
    expect(done.drafts.size).toBe(0)
  })

  test('a status change waits for the running save, then goes with the new version', () => {
    const { state, sends } = play(
      start(),
      { type: 'edit', id: 's1', content: textToDoc('А') },
      { type: 'save', id: 's1' },
      { type: 'setStatus', id: 's1', status: 'translated' },
    )
    expect(sends).toHaveLength(1)
    expect(state.pendingStatus.get('s1')).toBe('translated')
    const after = play(state, { type: 'saved', id: 's1', segment: server('А', 4) })
    expect(after.sends).toEqual([
      { type: 'send', id: 's1', request: { doc: textToDoc('А'), version: 4, status: 'translated' } },
    ])
    expect(after.state.pendingStatus.size).toBe(0)
  })

  test('a failed save is retried with growing delays, keeps its status, and a success resets the delay', () => {
    let { state } = play(start(), { type: 'setStatus', id: 's1', status: 'approved' })
    const delays: number[] = []
    for (let k = 0; k < RETRY_MS.length + 1; k++) {
      const failed = play(state, { type: 'failed', id: 's1' })
      expect(failed.state.segments.s1?.saveState).toBe('failed')
      delays.push(...failed.effects.flatMap((e) => (e.type === 'schedule' ? [e.delayMs] : [])))
      const retried = play(failed.state, { type: 'save', id: 's1' })
      expect(retried.sends).toEqual([
        { type: 'send', id: 's1', request: { doc: textToDoc('Старый'), version: 3, status: 'approved' } },
      ])
      state = retried.state
    }
    expect(delays).toEqual([...RETRY_MS, RETRY_MS.at(-1)])
    state = play(state, { type: 'saved', id: 's1', segment: server('Старый', 4, 'approved') }).state
    expect(state.segments.s1).toMatchObject({ saveState: 'saved', status: 'approved' })
    state = play(state, { type: 'edit', id: 's1', content: textToDoc('x') }, { type: 'save', id: 's1' }).state
    expect(play(state, { type: 'failed', id: 's1' }).effects).toContainEqual({
      type: 'schedule',
      id: 's1',
      delayMs: RETRY_MS[0],
    })
  })

  test('a save the server refuses (4xx) is marked failed and not retried', () => {
    const { state, effects } = play(
      start(),
      { type: 'edit', id: 's1', content: textToDoc('А') },
      { type: 'save', id: 's1' },
      { type: 'refused', id: 's1' },
    )
    expect(state.segments.s1?.saveState).toBe('failed')
    expect(effects.at(-1)).toEqual({ type: 'send', id: 's1', request: { doc: textToDoc('А'), version: 3 } })
  })

  test('a conflict is kept for the person: nothing is sent until it is resolved', () => {
    const { state } = play(
      start(),
      { type: 'edit', id: 's1', content: textToDoc('Мой') },
      { type: 'setStatus', id: 's1', status: 'translated' },
      { type: 'conflict', id: 's1', current: server('Их', 7) },
    )
    expect(state.segments.s1).toMatchObject({ saveState: 'unsaved', conflict: server('Их', 7) })
    expect(play(state, { type: 'save', id: 's1' }).sends).toEqual([])

    const mine = play(state, { type: 'resolve', id: 's1', keep: 'mine' })
    expect(mine.sends).toEqual([
      { type: 'send', id: 's1', request: { doc: textToDoc('Мой'), version: 7, status: 'translated' } },
    ])
    expect(mine.state.segments.s1?.conflict).toBeNull()

    const theirs = play(state, { type: 'resolve', id: 's1', keep: 'theirs' })
    expect(theirs.sends).toEqual([])
    expect(theirs.state.segments.s1).toMatchObject({ saveState: 'saved', text: 'Их', version: 7, conflict: null })
    expect(theirs.state.drafts.size + theirs.state.pendingStatus.size).toBe(0)
  })

  test("someone else's save (a live event) shows at once on a segment with nothing local", () => {
    const remote = { content: textToDoc('Их'), status: 'draft' as const, version: 4, updatedBy: 'Анна' }
    const { state, sends } = play(start(), { type: 'remote', id: 's1', segment: remote, editing: false })
    expect(state.segments.s1).toMatchObject({
      saveState: 'saved',
      text: 'Их',
      html: '<p>Их</p>',
      version: 4,
      conflict: null,
    })
    expect(sends).toEqual([])
    // Our own save coming back as an event (same version) or an older one changes nothing.
    expect(
      play(state, { type: 'remote', id: 's1', segment: { ...remote, content: textToDoc('x') }, editing: false }).state,
    ).toBe(state)
    // A status change alone (a bulk approval) keeps the text.
    const approved = play(state, {
      type: 'remote',
      id: 's1',
      segment: { status: 'approved', version: 5, updatedBy: 'Анна' },
      editing: false,
    })
    expect(approved.state.segments.s1).toMatchObject({ text: 'Их', status: 'approved', version: 5 })
  })

  test("someone else's save on a segment being edited, or with unsaved text, becomes a conflict", () => {
    const remote = { content: textToDoc('Их'), status: 'draft' as const, version: 4, updatedBy: 'Анна' }
    const editing = play(start(), { type: 'remote', id: 's1', segment: remote, editing: true })
    expect(editing.state.segments.s1).toMatchObject({
      text: 'Старый',
      version: 3,
      conflict: { text: 'Их', version: 4 },
    })
    const typed = play(
      start(),
      { type: 'edit', id: 's1', content: textToDoc('Мой') },
      { type: 'remote', id: 's1', segment: remote, editing: false },
      { type: 'save', id: 's1' },
    )
    expect(typed.state.segments.s1?.conflict).toMatchObject({ text: 'Их', version: 4 })
    expect(typed.sends).toEqual([])
    const mine = play(typed.state, { type: 'resolve', id: 's1', keep: 'mine' })
    expect(mine.sends).toEqual([{ type: 'send', id: 's1', request: { doc: textToDoc('Мой'), version: 4 } }])
  })

  test('a segment replaced from outside (a restored revision) shows the server version, saved, and sends nothing', () => {
    const { state, effects, sends } = play(
      start(),
      { type: 'edit', id: 's1', content: textToDoc('Набрано') },
      { type: 'replaced', id: 's1', segment: server('Восстановлено', 9, 'translated') },
    )
    expect(state.segments.s1).toMatchObject({
      saveState: 'saved',
      text: 'Восстановлено',
      version: 9,
      status: 'translated',
    })
    expect(effects.at(-1)).toEqual({ type: 'cancel', id: 's1' })
    expect(sends).toEqual([])
    expect(play(state, { type: 'save', id: 's1' }).sends).toEqual([])
  })

  test('a change made elsewhere (bulk approval) takes the newer status and version, but not over a running save', () => {
    const approved = play(start(), { type: 'updated', segments: [{ id: 's1', status: 'approved', version: 4 }] })
    expect(approved.state.segments.s1).toMatchObject({ status: 'approved', version: 4, saveState: 'saved' })
    const older = play(approved.state, { type: 'updated', segments: [{ id: 's1', status: 'translated', version: 3 }] })
    expect(older.state.segments.s1?.status).toBe('approved')
    const running = play(
      start(),
      { type: 'setStatus', id: 's1', status: 'rejected' },
      {
        type: 'updated',
        segments: [{ id: 's1', status: 'approved', version: 4 }],
      },
    )
    expect(running.state.segments.s1).toMatchObject({ status: 'translated', version: 3 })
  })

  test('a flush (the editor unmounting) sends every waiting edit and retry now, with keepalive', () => {
    const ids = ['typed', 'retrying', 'saved', 'running', 'conflicted']
    const { state, effects } = play(
      initAutosave(
        ids.map((id) => ({ id, content: textToDoc(id), status: 'translated', version: 2, updatedBy: null })),
      ),
      { type: 'edit', id: 'typed', content: textToDoc('Набрано') },
      { type: 'edit', id: 'retrying', content: textToDoc('재시도') },
      { type: 'save', id: 'retrying' },
      { type: 'failed', id: 'retrying' },
      { type: 'edit', id: 'running', content: textToDoc('a') },
      { type: 'save', id: 'running' },
      { type: 'edit', id: 'running', content: textToDoc('ab') },
      { type: 'edit', id: 'conflicted', content: textToDoc('Мой') },
      { type: 'conflict', id: 'conflicted', current: { ...server('Их', 5), id: 'conflicted' } },
    )
    const flushed = autosave(state, { type: 'flush' })
    expect(flushed.effects.filter((e) => e.type === 'send')).toEqual([
      { type: 'send', id: 'typed', request: { doc: textToDoc('Набрано'), version: 2 }, keepalive: true },
      { type: 'send', id: 'retrying', request: { doc: textToDoc('재시도'), version: 2 }, keepalive: true },
    ])
    expect(flushed.effects).toContainEqual({ type: 'cancel', id: 'typed' })
    expect(flushed.effects).toContainEqual({ type: 'cancel', id: 'retrying' })
    expect(flushed.state.segments.typed?.saveState).toBe('saving')
    // The running save sends the newer text when it returns, as before.
    expect(effects.filter((e) => e.type === 'send').map((e) => e.id)).toEqual(['retrying', 'running'])
    expect(
      play(flushed.state, { type: 'saved', id: 'running', segment: { ...server('a', 3), id: 'running' } }).sends,
    ).toEqual([{ type: 'send', id: 'running', request: { doc: textToDoc('ab'), version: 3 } }])
  })

  test('the page shows the worst save state of any segment', () => {
    const { state } = play(
      initAutosave([
        { id: 'a', status: 'empty', version: 1, updatedBy: null },
        { id: 'b', status: 'empty', version: 1, updatedBy: null },
      ]),
      { type: 'edit', id: 'a', content: textToDoc('x') },
    )
    expect(overallSaveState(state.segments)).toBe('unsaved')
    expect(overallSaveState(play(state, { type: 'save', id: 'a' }, { type: 'failed', id: 'a' }).state.segments)).toBe(
      'failed',
    )
  })

  test('a kept edit made on the version the server still has is shown and sent on that version', () => {
    const kept = textToDoc('Сохранено в браузере')
    const { state, sends } = play(start(), {
      type: 'restore',
      id: 's1',
      content: kept,
      baseVersion: 3,
      status: 'translated',
    })
    expect(state.segments.s1).toMatchObject({ saveState: 'saving', text: 'Сохранено в браузере', conflict: null })
    expect(sends).toEqual([{ type: 'send', id: 's1', request: { doc: kept, version: 3, status: 'translated' } }])
    const saved = play(state, { type: 'saved', id: 's1', segment: server('Сохранено в браузере', 4, 'translated') })
    expect(saved.state.segments.s1).toMatchObject({ saveState: 'saved', version: 4 })
    expect(saved.state.drafts.size).toBe(0)
  })

  test("a kept edit made on an older version opens the conflict: mine is the kept edit, theirs the server's", () => {
    const kept = textToDoc('Моя правка')
    const { state, sends } = play(start(), { type: 'restore', id: 's1', content: kept, baseVersion: 2 })
    expect(sends).toEqual([])
    expect(state.segments.s1).toMatchObject({ saveState: 'unsaved', text: 'Моя правка', html: '<p>Моя правка</p>' })
    expect(state.segments.s1?.conflict).toMatchObject({ version: 3, text: 'Старый' })
    const mine = play(state, { type: 'resolve', id: 's1', keep: 'mine' })
    expect(mine.sends).toEqual([{ type: 'send', id: 's1', request: { doc: kept, version: 3 } }])
    const theirs = play(state, { type: 'resolve', id: 's1', keep: 'theirs' })
    expect(theirs.state.segments.s1).toMatchObject({ saveState: 'saved', text: 'Старый', conflict: null })
    expect(theirs.state.drafts.size).toBe(0)
  })

  test('a kept edit waits while the segment has a request running or a conflict open', () => {
    const sending = play(start(), { type: 'edit', id: 's1', content: textToDoc('А') }, { type: 'save', id: 's1' })
    const restored = play(sending.state, { type: 'restore', id: 's1', content: textToDoc('Б'), baseVersion: 3 })
    expect(restored.state).toBe(sending.state)
    expect(restored.effects).toEqual([])
  })
})
