import { MyWork } from '@/components/people/my-work'
import { can } from '@/lib/auth/permissions'
import { db } from '@/lib/db/db'
import { requirePageActor } from '@/lib/http/page-auth'
import { pagePaths } from '@/lib/paths'
import { getWork } from '@/lib/server/people/get-work'

export const dynamic = 'force-dynamic'

/** Home: what is assigned to the signed-in person ("My work"); an admin sees everyone's assignments. */
export default async function Home() {
  const actor = await requirePageActor(pagePaths.home())
  const everyone = can(actor, 'users.manage')
  const items = await getWork(db, { userId: everyone ? undefined : actor.id })
  return <MyWork items={items} everyone={everyone} />
}
