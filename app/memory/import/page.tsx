import { TmImportForm } from '@/components/tm/tm-import-form'
import { requirePageActor } from '@/lib/http/page-auth'
import { readEnv } from '@/lib/env'
import { pagePaths } from '@/lib/paths'

export const dynamic = 'force-dynamic'

export default async function MemoryImportPage() {
  await requirePageActor(pagePaths.memoryImport(), { action: 'memory.import' })
  return <TmImportForm maxBytes={readEnv().PARALLEL_MAX_IMPORT_BYTES} />
}
