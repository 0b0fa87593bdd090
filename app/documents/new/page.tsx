import { requirePageActor } from '@/lib/http/page-auth'
import { pagePaths } from '@/lib/paths'
import { ImportArticleForm } from '@/components/documents/import-article-form'
import { readEnv } from '@/lib/env'

export const dynamic = 'force-dynamic'

export default async function NewDocumentPage() {
  await requirePageActor(pagePaths.newDocument(), { action: 'documents.create' })
  return <ImportArticleForm maxBytes={readEnv().PARALLEL_MAX_UPLOAD_BYTES} />
}
