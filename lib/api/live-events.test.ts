import { afterEach, describe, expect, test, vi } from 'vitest'
import { followTranslation } from './live-events'

/** The browser's EventSource, as far as followTranslation uses it: the test emits the events. */
class FakeEventSource {
  static opened: FakeEventSource[] = []
  readonly listeners = new Map<string, Array<(event: { data: string }) => void>>()
  closed = false
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this)
  }
  addEventListener(name: string, listener: (event: { data: string }) => void) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener])
  }
  close() {
    this.closed = true
  }
  emit(name: string, data: unknown) {
    for (const listener of this.listeners.get(name) ?? []) listener({ data: JSON.stringify(data) })
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
  FakeEventSource.opened = []
})

const THIS_TAB = '0123456789abcdef01234567'
const OTHER_TAB = 'fedcba9876543210fedcba98'

describe('followTranslation', () => {
  test("a change made from this tab is left out, a change from the same person's other tab is not", () => {
    vi.stubGlobal('EventSource', FakeEventSource)
    const segments: unknown[] = []
    const comments: unknown[] = []
    const stop = followTranslation(
      'doc1',
      'ru',
      { onSegment: (data) => segments.push(data), onComment: (data) => comments.push(data) },
      THIS_TAB,
    )
    const source = FakeEventSource.opened[0]!
    expect(source.url).toBe('/api/documents/doc1/translations/ru/events')
    // Our own rejection, heard before the answer to its request: not someone else's change.
    const own = { id: 's1', version: 4, status: 'rejected', html: '<p>x</p>', author: 'Roman Reviewer', tab: THIS_TAB }
    source.emit('segment', own)
    source.emit('comment', {
      segmentId: 's1',
      commentId: 'c1',
      resolved: false,
      author: 'Roman Reviewer',
      tab: THIS_TAB,
    })
    expect(segments).toEqual([])
    expect(comments).toEqual([])
    const otherTab = { ...own, version: 5, tab: OTHER_TAB }
    // A change made elsewhere than in a tab (the CLI, a script) names none.
    const noTab = { id: 's1', version: 6, status: 'rejected', author: 'Roman Reviewer' }
    source.emit('segment', otherTab)
    source.emit('segment', noTab)
    expect(segments).toEqual([otherTab, noTab])
    stop()
    expect(source.closed).toBe(true)
  })
})
