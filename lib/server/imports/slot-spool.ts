import { createReadStream, createWriteStream, type WriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { createInterface } from 'node:readline'
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

function fileSpool(filePath: string): SlotSpool {
  const out: WriteStream = createWriteStream(filePath)
  return {
    write: (slot) =>
      new Promise((resolve, reject) => {
        if (out.write(`${JSON.stringify(slot)}\n`, (error) => (error ? reject(error) : undefined))) resolve()
        else out.once('drain', resolve)
      }),
    close: () =>
      new Promise((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve()))),
    async *read() {
      for await (const line of createInterface({ input: createReadStream(filePath), crlfDelay: Infinity }))
        if (line) yield revive(line)
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
