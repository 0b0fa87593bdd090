import { can, type Action } from '@/lib/auth/permissions'
import { writeAssignment, type AssignmentRole } from '@/lib/db/assignments'
import type { DbOrTx } from '@/lib/db/client'
import { findTranslation } from '@/lib/db/translations'
import { getActorById } from '@/lib/db/users'
import { AppError } from '@/lib/errors'

/** What an assignment lets the person do: a reviewer approves, a translator edits (lib/auth/permissions.ts). */
export const ACTION_OF_ROLE: Record<AssignmentRole, Action> = {
  translator: 'segments.edit',
  reviewer: 'segments.review',
}

/** True when the person may hold the role in the language: the permission table decides, nothing else. */
export function mayBeAssigned(person: Parameters<typeof can>[0], role: AssignmentRole, lang: string): boolean {
  return can(person, ACTION_OF_ROLE[role], lang)
}

/**
 * Sets (or, with `userId: null`, clears) who translates or reviews one language of a document. The
 * person must be allowed the role's work in that language, else 422 `assignment.notAllowed`.
 */
export async function setAssignment(
  db: DbOrTx,
  input: { documentId: string; lang: string; role: AssignmentRole; userId: string | null },
): Promise<void> {
  const translation = await findTranslation(db, input)
  if (!translation) throw new AppError('translation.notFound', { lang: input.lang })
  if (input.userId !== null) {
    const person = await getActorById(db, input.userId, 'session')
    if (!person) throw new AppError('user.notFound')
    if (!mayBeAssigned(person, input.role, input.lang))
      throw new AppError('assignment.notAllowed', { name: person.name, lang: input.lang, role: input.role })
  }
  await writeAssignment(db, { translationId: translation.id, role: input.role, userId: input.userId })
}
