import { createReadStream, createWriteStream, type WriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { StringDecoder } from 'node:string_decoder'
import type { Slot } from '@/lib/exchange/unit-slots'

/** Slots written once and read back as often as needed: in memory, or as JSON lines in a file. */
export type SlotSpool = {
  write(slot: Slot): Promise<void>
  /** Call once after the last write. */
  close(): Promise<void>
  read(): AsyncIterable<Slot>
  dispose(): Promise<void>
}

function revive(line: string): Slot {
  const slot = JSON.parse(line) as Slot
  for (const t of Object.values(slot.targets)) {
    if (t.createdAt) t.createdAt = new Date(t.createdAt)
    if (t.updatedAt) t.updatedAt = new Date(t.updatedAt)
    for (const c of t.comments ?? []) if (c.createdAt) c.createdAt = new Date(c.createdAt)
  }
  for (const c of slot.notes ?? []) if (c.createdAt) c.createdAt = new Date(c.createdAt)
  return slot
}

// Lines are written to the file 256 KB at a time: a write per slot cost more than making its line.
const FLUSH_AT = 256 * 1024

function fileSpool(filePath: string): SlotSpool {
  const out: WriteStream = createWriteStream(filePath, { mode: 0o600 })
  let pending = ''
  const flush = () =>
    new Promise<void>((resolve, reject) => {
      const text = pending
      pending = ''
      if (out.write(text, (error) => (error ? reject(error) : undefined))) resolve()
      else out.once('drain', resolve)
    })
  return {
    write: async (slot) => {
      pending += `${JSON.stringify(slot)}\n`
      if (pending.length >= FLUSH_AT) await flush()
    },
    close: async () => {
      if (pending !== '') await flush()
      await new Promise<void>((resolve, reject) =>
        out.end((error?: Error | null) => (error ? reject(error) : resolve())),
      )
    },
    // JSON text has no raw line break, so the file splits on "\n" (1 MB reads; readline cost as much as the parse).
    async *read() {
      const decoder = new StringDecoder('utf8')
      let rest = ''
      for await (const chunk of createReadStream(filePath, { highWaterMark: 1 << 20 })) {
        const lines = (rest + decoder.write(chunk as Buffer)).split('\n')
        rest = lines.pop()!
        for (const line of lines) if (line) yield revive(line)
      }
      rest += decoder.end()
      if (rest) yield revive(rest)
    },
    dispose: async () => {
      out.destroy()
      await rm(filePath, { force: true })
    },
  }
}

function memorySpool(): SlotSpool {
  const slots: Slot[] = []
  return {
    write: async (slot) => void slots.push(slot),
    close: async () => undefined,
    async *read() {
      yield* slots
    },
    dispose: async () => void (slots.length = 0),
  }
}

/** A spool in `filePath` (large imports, flat memory) or in memory. */
export function createSlotSpool(filePath?: string): SlotSpool {
  return filePath ? fileSpool(filePath) : memorySpool()
}
