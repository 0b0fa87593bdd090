import 'fake-indexeddb/auto'
import { describe, expect, test } from 'vitest'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import { docToHtml } from '@/lib/richtext/doc-to-html'
import {
  createEditQueue,
  memoryEditStore,
  openIndexedDbEditStore,
  replayAction,
  type EditStore,
  type QueuedEdit,
} from './edit-queue'

const scope = { userId: 'u1', documentId: 'd1', lang: 'ru' }
const at = () => 1000

const stores: Array<[string, () => Promise<EditStore>]> = [
  ['memory', async () => memoryEditStore()],
  ['IndexedDB', openIndexedDbEditStore],
]

describe.each(stores)('edit queue (%s)', (_name, open) => {
  test('keeps the latest edit per segment, on the version it was made on, until that text is acknowledged', async () => {
    const store = await open()
    const queue = createEditQueue(Promise.resolve(store), scope, at)
    const first = textToDoc('Первый')
    const second = textToDoc('Второй')
    void queue.keep('s1', first, 3)
    void queue.keep('s1', second, 3)
    await queue.settled()
    expect(await store.list('u1')).toEqual([
      { ...scope, segmentId: 's1', doc: second, baseVersion: 3, updatedAt: 1000 },
    ])
    // The server saved the first text: the second stays, now made on the version that save made.
    await queue.acknowledge('s1', first, 4)
    expect((await store.list('u1')).map((e) => [e.segmentId, e.baseVersion])).toEqual([['s1', 4]])
    await queue.acknowledge('s1', textToDoc('Второй'), 5)
    expect(await store.list('u1')).toEqual([])
    expect(queue.size()).toBe(0)
  })

  test('a new visit loads only its own document and language; the rest stay kept', async () => {
    const store = await open()
    const other = createEditQueue(Promise.resolve(store), { ...scope, documentId: 'd2' }, at)
    const otherLang = createEditQueue(Promise.resolve(store), { ...scope, lang: 'ko' }, at)
    const someoneElse = createEditQueue(Promise.resolve(store), { ...scope, userId: 'u2' }, at)
    const earlier = createEditQueue(Promise.resolve(store), scope, at)
    await Promise.all([
      other.keep('x1', textToDoc('Другой документ'), 1),
      otherLang.keep('k1', textToDoc('한국어'), 1),
      someoneElse.keep('s9', textToDoc('Чужое'), 1),
      earlier.keep('s2', textToDoc('Моё'), 7, 'translated'),
    ])
    const later = createEditQueue(Promise.resolve(store), scope, at)
    const loaded = await later.load()
    expect(loaded.map((e) => [e.segmentId, e.baseVersion, e.status])).toEqual([['s2', 7, 'translated']])
    expect(later.has('s2')).toBe(true)
    await later.drop('s2')
    expect((await store.list('u1')).map((e) => e.segmentId).sort()).toEqual(['k1', 'x1'])
    expect((await store.list('u2')).map((e) => e.segmentId)).toEqual(['s9'])
  })
})

describe('edit queue', () => {
  test('a store that cannot be opened loses only the browser copy', async () => {
    const queue = createEditQueue(Promise.reject(new Error('private browsing')), scope, at)
    await queue.keep('s1', textToDoc('Текст'), 1)
    expect(await queue.load()).toEqual([])
    expect(queue.size()).toBe(1)
  })

  test('replay: an edit the server already has is dropped, one for a segment not on the page kept, others restored', () => {
    const edit: QueuedEdit = { ...scope, segmentId: 's1', doc: textToDoc('Текст'), baseVersion: 2, updatedAt: 1 }
    expect(replayAction(edit, undefined)).toBe('keep')
    expect(replayAction(edit, { version: 3, html: docToHtml(textToDoc('Текст')) })).toBe('drop')
    expect(replayAction({ ...edit, status: 'translated' }, { version: 3, html: docToHtml(textToDoc('Текст')) })).toBe(
      'restore',
    )
    expect(replayAction(edit, { version: 2, html: '<p>Иначе</p>' })).toBe('restore')
  })
})
