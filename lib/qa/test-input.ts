import type { QaSegmentInput } from './types'

/** A segment for the checks' tests: English → Russian unless said otherwise. */
export function segment(source: string, target: string, more: Partial<QaSegmentInput> = {}): QaSegmentInput {
  return { sourceLang: 'en', targetLang: 'ru', source, target, ...more }
}
