import { requirePageActor } from '@/lib/http/page-auth'
import { pagePaths } from '@/lib/paths'
import { notFound } from 'next/navigation'
import { Workbench } from '@/components/workbench/workbench'
import { db } from '@/lib/db/db'
import { canonicalLangTag } from '@/lib/formats/lang-tag'
import { getDocumentMeta } from '@/lib/db/documents'
import { getTranslation } from '@/lib/db/translations'
import { toWorkbenchProps } from '@/lib/server/workbench/workbench-props'

export const dynamic = 'force-dynamic'

export default async function TranslatePage({ params }: { params: Promise<{ id: string; lang: string }> }) {
  const { id, lang: given } = await params
  await requirePageActor(pagePaths.translate(id, given))
  const lang = canonicalLangTag(given)
  if (!lang) notFound()
  const [document, translation] = await Promise.all([
    getDocumentMeta(db, id),
    getTranslation(db, { documentId: id, lang, withHtml: false }),
  ])
  if (!document || !translation) notFound()
  return <Workbench {...toWorkbenchProps(document, translation)} />
}
