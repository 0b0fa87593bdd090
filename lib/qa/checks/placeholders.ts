import type { QaIssue, QaSegmentInput } from '../types'

type Token = { token: string; start: number; end: number }
const PLACEHOLDER = /⟦[^⟦⟧]*⟧/gu

function tokens(text: string): Token[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ token: m[0], start: m.index, end: m.index + m[0].length }))
}

function missing(a: Token[], b: Token[]): Token[] {
  const left = new Map<string, number>()
  for (const t of b) left.set(t.token, (left.get(t.token) ?? 0) + 1)
  return a.filter((t) => {
    const count = left.get(t.token) ?? 0
    if (count > 0) left.set(t.token, count - 1)
    return count === 0
  })
}

/**
 * The protected placeholders `⟦…⟧` of imported files (docs/formats.md) the target lost, changed or
 * added: each must come back exactly, in any order.
 */
export function checkPlaceholders(input: QaSegmentInput): QaIssue[] {
  const source = tokens(input.source)
  const target = tokens(input.target)
  if (source.length === 0 && target.length === 0) return []
  return [
    ...missing(source, target).map((t): QaIssue => ({
      check: 'placeholders',
      severity: 'error',
      messageKey: 'placeholderMissing',
      params: { placeholder: t.token },
      source: { start: t.start, end: t.end },
    })),
    ...missing(target, source).map((t): QaIssue => ({
      check: 'placeholders',
      severity: 'error',
      messageKey: 'placeholderExtra',
      params: { placeholder: t.token },
      target: { start: t.start, end: t.end },
    })),
  ]
}
