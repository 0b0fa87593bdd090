import { notFound } from 'next/navigation'
import { Workbench } from '@/components/workbench/workbench'
import { db } from '@/lib/db/db'
import { canonicalLangTag } from '@/lib/formats/lang-tag'
import { getDocumentMeta } from '@/lib/db/documents'
import { listApprovedOnceIds } from '@/lib/db/segments'
import { getTranslation } from '@/lib/db/translations'
import { toWorkbenchProps } from '@/lib/server/workbench/workbench-props'

export const dynamic = 'force-dynamic'

export default async function TranslatePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; lang: string }>
  searchParams: Promise<{ mode?: string | string[] }>
}) {
  const [{ id, lang: given }, { mode }] = await Promise.all([params, searchParams])
  const lang = canonicalLangTag(given)
  if (!lang) notFound()
  const [document, translation] = await Promise.all([
    getDocumentMeta(db, id),
    getTranslation(db, { documentId: id, lang, withHtml: false }),
  ])
  if (!document || !translation) notFound()
  const approvedOnce = await listApprovedOnceIds(db, { translationId: translation.id })
  return (
    <Workbench
      {...toWorkbenchProps(document, translation)}
      approvedOnce={approvedOnce}
      canReview
      reviewMode={mode === 'review'}
    />
  )
}
