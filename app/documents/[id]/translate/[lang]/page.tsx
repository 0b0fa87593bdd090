import { can } from '@/lib/auth/permissions'
import { requirePageActor } from '@/lib/http/page-auth'
import { pagePaths } from '@/lib/paths'
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
  searchParams: Promise<{ segment?: string | string[]; mode?: string | string[] }>
}) {
  const { id, lang: given } = await params
  const actor = await requirePageActor(pagePaths.translate(id, given))
  const { segment, mode } = await searchParams
  const lang = canonicalLangTag(given)
  if (!lang) notFound()
  const [document, translation] = await Promise.all([
    getDocumentMeta(db, id),
    getTranslation(db, { documentId: id, lang, withHtml: false }),
  ])
  if (!document || !translation) notFound()
  const initialSegmentId = typeof segment === 'string' ? segment : undefined
  const approvedOnce = await listApprovedOnceIds(db, { translationId: translation.id })
  return (
    <Workbench
      {...toWorkbenchProps(document, translation)}
      userId={actor.id}
      initialSegmentId={initialSegmentId}
      approvedOnce={approvedOnce}
      canEdit={can(actor, 'segments.edit', lang)}
      canReview={can(actor, 'segments.review', lang)}
      reviewMode={mode === 'review'}
    />
  )
}
