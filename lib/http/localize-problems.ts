import type { ReportProblem } from '../exchange/check-exchange-file'
import { pickLocale } from '../i18n/config'
import { getT } from '../i18n/server'

/** The problems with `message` in the caller's language (Accept-Language) and the reader's English `detail`. */
export async function localizeProblems(
  request: Request,
  problems: ReportProblem[],
): Promise<Array<ReportProblem & { detail: string }>> {
  const t = await getT(pickLocale(request.headers.get('accept-language')))
  const translate = t as unknown as (key: string, options: Record<string, unknown>) => string
  return problems.map((p) => {
    const size = p.params.maxBytes ? `${Math.round((Number(p.params.maxBytes) / 1024 / 1024) * 10) / 10} MB` : ''
    return {
      ...p,
      detail: p.message,
      message: translate(`errors.${p.code}`, { ...p.params, size, defaultValue: p.message }),
    }
  })
}
