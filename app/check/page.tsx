import { requirePageActor } from '@/lib/http/page-auth'
import { pagePaths } from '@/lib/paths'
import { CheckForm } from '@/components/exchange/check-form'
import { readEnv } from '@/lib/env'

export const dynamic = 'force-dynamic'

export default async function CheckPage() {
  await requirePageActor(pagePaths.check())
  return <CheckForm maxBytes={readEnv().PARALLEL_MAX_IMPORT_BYTES} />
}
