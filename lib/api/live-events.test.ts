import { afterEach, describe, expect, test, vi } from 'vitest'
import { followTranslation, REOPEN_MS } from './live-events'

/** The browser's EventSource, as far as followTranslation uses it: the test emits the events. */
class FakeEventSource {
  static readonly CONNECTING = 0
  static readonly OPEN = 1
  static readonly CLOSED = 2
  static opened: FakeEventSource[] = []
  readyState = FakeEventSource.CONNECTING
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
  vi.useRealTimers()
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

  test('a lost connection is reported; a stream the browser gave up on is opened anew and the page reloads', () => {
    vi.useFakeTimers()
    vi.stubGlobal('EventSource', FakeEventSource)
    const connection: boolean[] = []
    let resets = 0
    const hellos: string[] = []
    const stop = followTranslation(
      'doc1',
      'ru',
      { onConnection: (open) => connection.push(open), onReset: () => resets++, onHello: (id) => hellos.push(id) },
      THIS_TAB,
    )
    const first = FakeEventSource.opened[0]!
    first.readyState = FakeEventSource.OPEN
    first.emit('open', {})
    first.emit('hello', { clientId: 'a' })
    // The server went away: the browser reconnects by itself (and resumes with Last-Event-ID).
    first.readyState = FakeEventSource.CONNECTING
    first.emit('error', {})
    vi.advanceTimersByTime(REOPEN_MS * 2)
    expect(FakeEventSource.opened).toHaveLength(1)
    first.readyState = FakeEventSource.OPEN
    first.emit('open', {})
    first.emit('hello', { clientId: 'b' })
    expect(resets).toBe(0)
    // An error answer: the browser gives up; a new stream follows, and its hello reloads the page.
    first.readyState = FakeEventSource.CLOSED
    first.emit('error', {})
    expect(FakeEventSource.opened).toHaveLength(1)
    vi.advanceTimersByTime(REOPEN_MS)
    const second = FakeEventSource.opened[1]!
    second.readyState = FakeEventSource.OPEN
    second.emit('open', {})
    second.emit('hello', { clientId: 'c' })
    expect(resets).toBe(1)
    second.emit('hello', { clientId: 'd' })
    expect(resets).toBe(1)
    expect(hellos).toEqual(['a', 'b', 'c', 'd'])
    expect(connection).toEqual([true, false, true, false, true])
    // Stopped while waiting to reopen: nothing is opened any more.
    second.readyState = FakeEventSource.CLOSED
    second.emit('error', {})
    stop()
    vi.advanceTimersByTime(REOPEN_MS * 2)
    expect(FakeEventSource.opened).toHaveLength(2)
    expect(second.closed).toBe(true)
  })
})
