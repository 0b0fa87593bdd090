/**
 * Error annotation as language-quality reviews mark it (MQM): the kind of error a reviewer found in a
 * rejected or corrected segment, and how much it matters. Labels are i18n keys `review.category.*`
 * and `review.severity.*`.
 */
export const MQM_CATEGORIES = ['accuracy', 'fluency', 'terminology', 'style', 'localeConvention', 'other'] as const
export type MqmCategory = (typeof MQM_CATEGORIES)[number]

export const MQM_SEVERITIES = ['minor', 'major', 'critical'] as const
export type MqmSeverity = (typeof MQM_SEVERITIES)[number]
