import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import type { Slot } from '@/lib/exchange/unit-slots'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import { createSlotSpool } from './slot-spool'

const dir = mkdtempSync(path.join(tmpdir(), 'slot-spool-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Slots with multi-byte text, line breaks inside the text, times and notes: 3 MB of lines, so reads and writes come in many pieces. */
function slotOf(i: number): Slot {
  const text = `Абзац ${i} 번역 ✓ line\nbreak ${'ё'.repeat(i % 7)}`
  return {
    paragraphs: [i],
    source: textToDoc(`Source ${i}`),
    targets: {
      ru: {
        content: textToDoc(text),
        text,
        status: 'translated',
        updatedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i % 60)),
        comments: [{ text: `note ${i}`, createdAt: new Date(Date.UTC(2025, 5, 1)) }],
      },
    },
    ...(i % 3 === 0 ? { notes: [{ text: 'orphan', createdAt: new Date(Date.UTC(2024, 1, 2)) }] } : {}),
  }
}

describe('the file spool', () => {
  test('reads back every slot as written, dates as dates, as often as asked', async () => {
    const spool = createSlotSpool(path.join(dir, 'slots'))
    const slots = Array.from({ length: 12_000 }, (_, i) => slotOf(i))
    for (const slot of slots) await spool.write(slot)
    await spool.close()
    for (let pass = 0; pass < 2; pass++) {
      const read: Slot[] = []
      for await (const slot of spool.read()) read.push(slot)
      expect(read).toEqual(slots)
    }
    await spool.dispose()
  })
})
