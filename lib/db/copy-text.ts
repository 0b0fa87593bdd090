// Rows in PostgreSQL's COPY text format (https://www.postgresql.org/docs/current/sql-copy.html):
// fields separated by tabs, one row a line, `\N` for null, and backslash, newline, carriage return
// and tab written as backslash escapes. The bulk writer of an import sends a batch of rows as one
// such text (`COPY … FROM STDIN` on PostgreSQL, `COPY … FROM '/dev/blob'` on PGlite).

const SPECIAL = /[\\\n\r\t]/
const SPECIALS = /[\\\n\r\t]/g
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/** A text field: escaped, or `\N` for null. */
export function copyText(value: string | null | undefined): string {
  if (value === null || value === undefined) return '\\N'
  return SPECIAL.test(value) ? value.replace(SPECIALS, (c) => ESCAPES[c]!) : value
}

/** A `json`/`jsonb` field. */
export function copyJson(value: unknown): string {
  return value === null || value === undefined ? '\\N' : copyText(JSON.stringify(value))
}

/** An `int` or `float8` field (null for `\N`). */
export function copyNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '\\N' : String(value)
}

export function copyBoolean(value: boolean): string {
  return value ? 't' : 'f'
}

/** A `timestamp` field: the instant in UTC, as Prisma stores `DateTime`. */
export function copyDate(value: Date | null | undefined): string {
  return value ? value.toISOString() : '\\N'
}

const ARRAY_SPECIAL = /["\\]/g

/** A `text[]` field: each element quoted, so any text survives the array syntax. */
export function copyTextArray(values: readonly string[]): string {
  return copyText(`{${values.map((v) => `"${v.replace(ARRAY_SPECIAL, '\\$&')}"`).join(',')}}`)
}

/** One row: its fields, already written by the functions above, and the line's end. */
export function copyRow(fields: readonly string[]): string {
  return `${fields.join('\t')}\n`
}
