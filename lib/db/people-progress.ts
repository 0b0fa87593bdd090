import type { DbOrTx } from './client'
import type { PersonRef } from './assignments'

export type Tally = { segments: number; words: number }
export type PersonProgress = { user: PersonRef; translated: Tally; approved: Tally }
export type LanguageProgress = { lang: string; people: PersonProgress[] }

type CreditRow = { lang: string; authorId: string; status: 'translated' | 'approved'; segments: number; words: number }

/**
 * Who did what in each language of a document, from the revisions: a segment that is translated or
 * approved now counts as translated by the author of the last revision that brought it into
 * `translated` (from any other status, or as its first revision); an approved one counts as approved
 * by the author of the last revision that brought it into `approved`. Words are the segment's own
 * (target) words. Segments without such a revision (imported as translated) count for nobody.
 */
export async function listPeopleProgress(db: DbOrTx, documentId: string): Promise<LanguageProgress[]> {
  // LAG finds each revision's previous status; DISTINCT ON keeps the latest entry into each status.
  const rows = await db.$queryRaw<CreditRow[]>`
    WITH steps AS (
      SELECT r."segmentId", r."authorId", r.status, r.version,
             LAG(r.status) OVER (PARTITION BY r."segmentId" ORDER BY r.version) AS previous
      FROM "Revision" r
      JOIN "TargetSegment" s ON s.id = r."segmentId"
      JOIN "Translation" t ON t.id = s."translationId"
      WHERE t."documentId" = ${documentId}
    ), entries AS (
      SELECT DISTINCT ON ("segmentId", status) "segmentId", status, "authorId"
      FROM steps
      WHERE status IN ('translated', 'approved') AND previous IS DISTINCT FROM status
      ORDER BY "segmentId", status, version DESC
    )
    SELECT t.lang, e."authorId", e.status::text AS status,
           COUNT(*)::int AS segments, COALESCE(SUM(s."wordCount"), 0)::int AS words
    FROM entries e
    JOIN "TargetSegment" s ON s.id = e."segmentId"
    JOIN "Translation" t ON t.id = s."translationId"
    WHERE e."authorId" IS NOT NULL
      AND (s.status = 'approved' OR (e.status = 'translated' AND s.status = 'translated'))
    GROUP BY t.lang, e."authorId", e.status`
  const [translations, users] = await Promise.all([
    db.translation.findMany({ where: { documentId }, orderBy: { lang: 'asc' }, select: { lang: true } }),
    db.user.findMany({
      where: { id: { in: [...new Set(rows.map((r) => r.authorId))] } },
      select: { id: true, name: true, email: true },
    }),
  ])
  const userOf = new Map(users.map((u) => [u.id, u]))
  return translations.map(({ lang }) => {
    const people = new Map<string, PersonProgress>()
    for (const row of rows.filter((r) => r.lang === lang)) {
      const user = userOf.get(row.authorId)
      if (!user) continue
      const person = people.get(user.id) ?? {
        user,
        translated: { segments: 0, words: 0 },
        approved: { segments: 0, words: 0 },
      }
      person[row.status] = { segments: row.segments, words: row.words }
      people.set(user.id, person)
    }
    return { lang, people: [...people.values()].sort((a, b) => a.user.name.localeCompare(b.user.name)) }
  })
}
