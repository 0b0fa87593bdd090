import { UsersView } from '@/components/users/users-view'
import { db } from '@/lib/db/db'
import { listPeople } from '@/lib/db/users'
import { requirePageActor } from '@/lib/http/page-auth'
import { getRequestLocale, getT } from '@/lib/i18n/server'
import { pagePaths } from '@/lib/paths'

export const dynamic = 'force-dynamic'

export default async function UsersPage() {
  const actor = await requirePageActor(pagePaths.users(), { action: 'users.manage' })
  const [t, people] = [await getT(await getRequestLocale()), await listPeople(db)]
  return (
    <main className="page stack">
      <h1>{t('users.title')}</h1>
      <UsersView initial={people.map((p) => ({ ...p, createdAt: p.createdAt.toISOString() }))} selfId={actor.id} />
    </main>
  )
}
