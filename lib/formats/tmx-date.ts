/** Formats a date as TMX wants it: `YYYYMMDDThhmmssZ` in UTC. */
let lastTime = NaN
let lastText = ''

export function formatTmxDate(date: Date): string {
  const time = date.getTime()
  if (time !== lastTime) {
    lastTime = time
    const iso = date.toISOString()
    lastText = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`
  }
  return lastText
}

/** Parses a TMX date (`YYYYMMDDThhmmssZ`); returns undefined when the value is not one. */
let lastParsedText = ''
let lastParsed: Date | undefined

export function parseTmxDate(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined
  if (value === lastParsedText && lastParsed) return new Date(lastParsed.getTime())
  const date = parseUncached(value)
  lastParsedText = value
  lastParsed = date
  return date && new Date(date.getTime())
}

function parseUncached(value: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value)
  if (!m) return undefined
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[]
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!))
  return Number.isNaN(date.getTime()) ? undefined : date
}
