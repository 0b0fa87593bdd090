import { redirect } from 'next/navigation'
import { requirePageActor } from '@/lib/http/page-auth'
import { pagePaths } from '@/lib/paths'

export const dynamic = 'force-dynamic'

export default async function Home() {
  await requirePageActor(pagePaths.home())
  redirect(pagePaths.documents())
}
