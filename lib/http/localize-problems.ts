import type { ReportProblem } from '../exchange/check-exchange-file'
import { requestLocale, requestT } from './respond'
import { translateProblems } from './translate-problems'

/** The problems with `message` in the caller's language (Accept-Language) and the reader's English `detail`. */
export async function localizeProblems(
  request: Request,
  problems: ReportProblem[],
): Promise<Array<ReportProblem & { detail: string }>> {
  const t = await requestT(request)
  return translateProblems(t, requestLocale(request), problems) as Array<ReportProblem & { detail: string }>
}
