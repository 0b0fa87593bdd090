const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const

/** Formats a size in bytes for a UI locale with the largest unit that keeps it at 1 or more ("5 MB", "5 МБ", "1 GB"). */
export function formatBytes(locale: string): (bytes: number) => string {
  const formats = BYTE_UNITS.map(
    (unit) => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }),
  )
  return (bytes) => {
    let k = 0
    while (k < BYTE_UNITS.length - 1 && Math.abs(bytes) >= 1024 ** (k + 1)) k++
    return formats[k]!.format(bytes / 1024 ** k)
  }
}

const RELATIVE_UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
]

/**
 * "3 minutes ago", "вчера", "2일 전": how long before `now` a moment was, for times within a week
 * (older ones are better read as a date); null beyond. The clock is passed in (R10).
 */
export function formatRelative(locale: string): (d: Date | string, now: Date) => string | null {
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  return (d, now) => {
    let value = ((typeof d === 'string' ? new Date(d) : d).getTime() - now.getTime()) / 1000
    for (const [unit, size] of RELATIVE_UNITS) {
      if (Math.abs(value) < size) return relative.format(Math.round(value), unit)
      value /= size
    }
    return null
  }
}

/** Formats numbers, percentages, dates and sizes for the UI locale (one helper for all, R15). */
export function createFormatters(locale: string) {
  const number = new Intl.NumberFormat(locale)
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
  const toDate = (d: Date | string) => (typeof d === 'string' ? new Date(d) : d)
  return {
    number: (n: number) => number.format(n),
    percent: (fraction: number) => percent.format(fraction),
    date: (d: Date | string) => date.format(toDate(d)),
    dateTime: (d: Date | string) => dateTime.format(toDate(d)),
    relative: formatRelative(locale),
    bytes: formatBytes(locale),
  }
}
