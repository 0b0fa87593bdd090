import { can, type Actor } from '@/lib/auth/permissions'
import { listActivity, type ActivityItem } from '@/lib/db/activity'
import { listAssignments, type AssignmentView } from '@/lib/db/assignments'
import type { DbOrTx } from '@/lib/db/client'
import { listPeopleProgress, type LanguageProgress } from '@/lib/db/people-progress'
import { listAssignableUsers, type AssignableUsers } from './list-assignable-users'

/** How many changes the document page lists. */
export const PAGE_ACTIVITY_LIMIT = 20

export type DocumentPeople = {
  assignments: AssignmentView[]
  /** Who an admin may choose per language; null for everyone else. */
  assignable: Record<string, AssignableUsers> | null
  progress: LanguageProgress[]
  activity: ActivityItem[]
}

/** The people side of a document page: assignments (with the choices, for admins), who did what, latest changes. */
export async function getDocumentPeople(
  db: DbOrTx,
  { documentId, langs }: { documentId: string; langs: string[] },
  actor: Actor,
): Promise<DocumentPeople> {
  const [assignments, progress, activity, assignable] = await Promise.all([
    listAssignments(db, documentId),
    listPeopleProgress(db, documentId),
    listActivity(db, documentId, PAGE_ACTIVITY_LIMIT),
    can(actor, 'users.manage')
      ? Promise.all(langs.map(async (lang) => [lang, await listAssignableUsers(db, lang)] as const))
      : null,
  ])
  return { assignments, progress, activity, assignable: assignable && Object.fromEntries(assignable) }
}
