import { textToDoc } from '../../richtext/text-to-doc'
import type { Db } from '../client'
import { createDocument } from '../documents'

let made = 0

/** An English document of plain-text paragraphs with a title no other test uses (tests never share rows, R12). */
export function createTestDocument(db: Db, paragraphs: readonly string[], titlePrefix = 'Test') {
  made += 1
  return createDocument(db, {
    title: `${titlePrefix} ${made} ${Math.random().toString(36).slice(2)}`,
    sourceLang: 'en',
    paragraphs: paragraphs.map(textToDoc),
  })
}
