import { messageParams } from '../i18n/message-params'

type Translate = (key: string, options?: Record<string, unknown>) => string

/** A problem as an answer carries it: an i18n code under `errors.`, its params, and the reader's English message. */
type ProblemLike = { code: string; message: string; params?: Record<string, unknown>; detail?: string }

const isProblemLike = (value: unknown): value is ProblemLike =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ProblemLike).code === 'string' &&
  typeof (value as ProblemLike).message === 'string'

/**
 * The problems with `message` in the language of `t` and the reader's English kept as `detail`. Translating
 * twice keeps the first `detail`, so a list already translated comes out the same.
 */
export function translateProblems<P>(t: Translate, locale: string, problems: P[]): P[] {
  return problems.map((p) => {
    if (!isProblemLike(p)) return p
    const detail = p.detail ?? p.message
    const message = t(`errors.${p.code}`, { ...messageParams(p.params ?? {}, locale), defaultValue: detail })
    return { ...p, detail, message } as P
  })
}
