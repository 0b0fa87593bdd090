/** Formats numbers, percentages and dates for the UI locale (one helper for all, R15). */
export function createFormatters(locale: string) {
  const number = new Intl.NumberFormat(locale)
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })
  const bytes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 })
  return {
    number: (n: number) => number.format(n),
    percent: (fraction: number) => percent.format(fraction),
    date: (d: Date | string) => date.format(typeof d === 'string' ? new Date(d) : d),
    megabytes: (n: number) => bytes.format(n / (1024 * 1024)),
  }
}
