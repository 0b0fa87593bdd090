import { describe, expect, test } from 'vitest'
import { readTmx } from './read-tmx'
import { writeMemoryTmx, type MemoryTmxUnit } from './write-memory-tmx'

async function* from<T>(items: T[]) {
  yield* items
}

async function text(chunks: AsyncIterable<string>) {
  let out = ''
  for await (const chunk of chunks) out += chunk
  return out
}

const bold = (word: string, rest: string) => ({
  type: 'doc' as const,
  content: [
    {
      type: 'paragraph' as const,
      content: [
        { type: 'text' as const, text: word, marks: [{ type: 'bold' as const }] },
        { type: 'text' as const, text: rest },
      ],
    },
  ],
})

describe('writeMemoryTmx', () => {
  test('memory units read back with their text, formatting, origin and time', async () => {
    const units: MemoryTmxUnit[] = [
      {
        source: 'Save & close',
        target: 'Сохранить и закрыть',
        sourceContent: bold('Save', ' & close'),
        targetContent: bold('Сохранить', ' и закрыть'),
        origin: 'doc-1',
        author: 'Анна',
        status: 'approved',
        updatedAt: new Date('2026-05-04T03:02:01Z'),
      },
      {
        source: '1 < 2',
        target: '1 < 2',
        sourceContent: null,
        targetContent: null,
        origin: 'old.tmx',
        author: null,
        status: 'imported',
        updatedAt: new Date('2026-01-01T00:00:00Z'),
      },
    ]
    const file = await text(writeMemoryTmx(from(units), { srcLang: 'en', tgtLang: 'ru', createdAt: new Date() }))
    const read = []
    for await (const event of readTmx(file)) if (event.kind === 'unit') read.push(event.unit)
    expect(read.map((u) => [u.source?.text, u.targets[0]?.lang, u.targets[0]?.text])).toEqual([
      ['Save & close', 'ru', 'Сохранить и закрыть'],
      ['1 < 2', 'ru', '1 < 2'],
    ])
    expect(read[0]?.targets[0]?.content).toEqual(bold('Сохранить', ' и закрыть'))
    expect(read[0]?.targets[0]?.updatedAt).toEqual(new Date('2026-05-04T03:02:01Z'))
    expect(read[0]?.targets[0]?.updatedBy).toBe('Анна')
    expect(read[0]?.properties).toMatchObject({ 'x-origin': 'doc-1', 'x-status': 'approved' })
  })
})
