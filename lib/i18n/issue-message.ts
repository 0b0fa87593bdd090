import type { core } from 'zod'
import { isErrorCode } from '../errors'

type Translate = (key: string, options?: Record<string, unknown>) => string

const ISSUE_KEYS: Partial<Record<core.$ZodIssue['code'], string>> = {
  invalid_type: 'invalidType',
  invalid_format: 'invalidFormat',
  invalid_value: 'invalidValue',
  unrecognized_keys: 'unrecognizedKeys',
}

/**
 * One Zod issue as an i18n message: its own error code when it carries one, else a message for its kind.
 * The API's validation errors and the CLI's option errors both say it this way.
 */
export function issueMessage(t: Translate, issue: core.$ZodIssue): string {
  if (isErrorCode(issue.message)) return t(`errors.${issue.message}`, 'params' in issue ? issue.params : {})
  if (issue.code === 'too_small')
    return t(`errors.validation.issue.${issue.origin === 'string' ? 'tooShort' : 'tooSmall'}`, {
      minimum: issue.minimum,
    })
  if (issue.code === 'too_big')
    return t(`errors.validation.issue.${issue.origin === 'string' ? 'tooLong' : 'tooBig'}`, { maximum: issue.maximum })
  return t(`errors.validation.issue.${ISSUE_KEYS[issue.code] ?? 'invalid'}`)
}
