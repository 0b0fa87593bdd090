import type { Prisma } from '@prisma/client'
import { readStoredDoc } from '../richtext/schema'
import type { RichDoc } from '../richtext/types'

/** Reads a Json column as rich content; stored text is never dropped (see `readStoredDoc`). */
export function asDoc(value: Prisma.JsonValue): RichDoc {
  return readStoredDoc(value)
}
