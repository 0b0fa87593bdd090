import type { ReportProblem } from '../exchange/check-exchange-file'
import { messageParams } from '../i18n/message-params'
import { requestLocale, requestT } from './respond'

/** The problems with `message` in the caller's language (Accept-Language) and the reader's English `detail`. */
export async function localizeProblems(
  request: Request,
  problems: ReportProblem[],
): Promise<Array<ReportProblem & { detail: string }>> {
  const t = await requestT(request)
  const locale = requestLocale(request)
  return problems.map((p) => ({
    ...p,
    detail: p.message,
    message: t(`errors.${p.code}`, { ...messageParams(p.params, locale), defaultValue: p.message }),
  }))
}
