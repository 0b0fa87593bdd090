import { ImportArticleForm } from '@/components/documents/import-article-form'
import { readEnv } from '@/lib/env'

export const dynamic = 'force-dynamic'

export default function NewDocumentPage() {
  return <ImportArticleForm maxBytes={readEnv().PARALLEL_MAX_UPLOAD_BYTES} />
}
