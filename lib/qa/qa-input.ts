import type { RichDoc } from '../richtext/types'
import { qaText } from './qa-text'
import type { QaSegmentInput } from './types'

/** What the segment checks read, from a row's source doc and a target doc. */
export function qaInput(
  sourceDoc: RichDoc,
  targetDoc: RichDoc,
  langs: { sourceLang: string; targetLang: string },
  extra: Pick<QaSegmentInput, 'terms' | 'misspellings'> = {},
): QaSegmentInput {
  return { ...langs, source: qaText(sourceDoc), target: qaText(targetDoc), sourceDoc, targetDoc, ...extra }
}
