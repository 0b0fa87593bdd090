import { yieldToEventLoop } from './raw-sql'
import type { Sql } from './sql'

/**
 * Rows a statement reads at a time. On PGlite one statement runs in this thread to its end: 18,659
 * segments with their contents in one statement held every other request for 0.4–0.9 s; a page of
 * 1,000 holds them for tens of milliseconds (`npm run bench:qa-report`).
 */
export const READ_PAGE = 1000

/**
 * Every row of `statement` (a SELECT with a WHERE clause, parameters `$1 …`), read a page at a time in
 * the order of `keys` (a unique pair: a position column and an id column, as the statement names them),
 * letting the event loop run between pages.
 */
export async function readInPages<T extends { position: number; id: string }>(
  sql: Sql,
  statement: string,
  params: unknown[],
  { keys = ['position', 'id'], pageSize = READ_PAGE }: { keys?: [string, string]; pageSize?: number } = {},
): Promise<T[]> {
  const [position, id] = keys
  const next = params.length + 1
  const paged =
    `${statement} AND (${position}, ${id}) > ($${next}::int, $${next + 1}::text) ` +
    `ORDER BY ${position}, ${id} LIMIT ${pageSize}`
  const rows: T[] = []
  let after: [number, string] = [-2_147_483_648, '']
  for (;;) {
    const page = await sql<T>(paged, [...params, ...after])
    for (const row of page) rows.push(row)
    if (page.length < pageSize) return rows
    const last = page[page.length - 1]!
    after = [last.position, last.id]
    await yieldToEventLoop()
  }
}
