/**
 * Error annotation as language-quality reviews mark it (MQM): the categories and severities are
 * those of `lib/review/error-marks.ts` (their one home); these names are what the editor uses.
 */
export {
  ERROR_CATEGORIES as MQM_CATEGORIES,
  ERROR_SEVERITIES as MQM_SEVERITIES,
  type ErrorCategory as MqmCategory,
  type ErrorSeverity as MqmSeverity,
} from '../review/error-marks'
