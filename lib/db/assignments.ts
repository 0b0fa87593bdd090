import type { DbOrTx } from './client'

export const ASSIGNMENT_ROLES = ['translator', 'reviewer'] as const
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number]

export type PersonRef = { id: string; name: string; email: string }
export type AssignmentView = { lang: string; role: AssignmentRole; user: PersonRef }

const PERSON = { select: { id: true, name: true, email: true } } as const

/** Who translates and who reviews each language of a document, by language. */
export async function listAssignments(db: DbOrTx, documentId: string): Promise<AssignmentView[]> {
  const rows = await db.assignment.findMany({
    where: { translation: { documentId } },
    orderBy: [{ translation: { lang: 'asc' } }, { role: 'asc' }],
    select: { role: true, translation: { select: { lang: true } }, user: PERSON },
  })
  return rows.map((row) => ({ lang: row.translation.lang, role: row.role, user: row.user }))
}

/** Sets who holds a role on a translation (one person per role), or clears it with `userId: null`. */
export async function writeAssignment(
  db: DbOrTx,
  { translationId, role, userId }: { translationId: string; role: AssignmentRole; userId: string | null },
): Promise<void> {
  if (userId === null) {
    await db.assignment.deleteMany({ where: { translationId, role } })
    return
  }
  await db.assignment.upsert({
    where: { translationId_role: { translationId, role } },
    create: { translationId, role, userId },
    update: { userId },
  })
}

export type WorkAssignment = {
  documentId: string
  title: string
  translationId: string
  lang: string
  role: AssignmentRole
  user: PersonRef
}

/** The assignments of one person, or of everyone (`userId` undefined), by document title and language. */
export async function listWorkAssignments(db: DbOrTx, { userId }: { userId?: string }): Promise<WorkAssignment[]> {
  const rows = await db.assignment.findMany({
    where: userId === undefined ? {} : { userId },
    orderBy: [{ translation: { document: { title: 'asc' } } }, { translation: { lang: 'asc' } }, { role: 'asc' }],
    select: {
      role: true,
      user: PERSON,
      translation: { select: { id: true, lang: true, document: { select: { id: true, title: true } } } },
    },
  })
  return rows.map(({ role, user, translation }) => ({
    documentId: translation.document.id,
    title: translation.document.title,
    translationId: translation.id,
    lang: translation.lang,
    role,
    user,
  }))
}

/** Segments per status of each translation, in one grouped query. */
export async function countSegmentsByStatus(
  db: DbOrTx,
  translationIds: string[],
): Promise<Map<string, Map<string, number>>> {
  const groups = await db.targetSegment.groupBy({
    by: ['translationId', 'status'],
    where: { translationId: { in: translationIds } },
    _count: { _all: true },
  })
  const result = new Map<string, Map<string, number>>()
  for (const g of groups) {
    const counts = result.get(g.translationId) ?? new Map<string, number>()
    counts.set(g.status, g._count._all)
    result.set(g.translationId, counts)
  }
  return result
}
