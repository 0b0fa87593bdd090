import type { Prisma } from '@prisma/client'
import { parseRichDoc } from '../richtext/schema'
import { emptyDoc } from '../richtext/schema'
import type { RichDoc } from '../richtext/types'

/** Reads a Json column as rich content (anything unexpected reads as an empty segment). */
export function asDoc(value: Prisma.JsonValue): RichDoc {
  return parseRichDoc(value) ?? emptyDoc()
}
