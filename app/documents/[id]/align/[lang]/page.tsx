import { requirePageActor } from '@/lib/http/page-auth'
import { pagePaths } from '@/lib/paths'
import { notFound } from 'next/navigation'
import { AlignmentView } from '@/components/alignment/alignment-view'
import { getAlignmentView } from '@/lib/server/alignment/alignment-view'
import { db } from '@/lib/db/db'
import { canonicalLangTag } from '@/lib/formats/lang-tag'

export const dynamic = 'force-dynamic'

export default async function AlignPage({ params }: { params: Promise<{ id: string; lang: string }> }) {
  const { id, lang: given } = await params
  await requirePageActor(pagePaths.align(id, given))
  const lang = canonicalLangTag(given)
  if (!lang) notFound()
  const view = await getAlignmentView(db, { documentId: id, lang })
  if (!view) notFound()
  return <AlignmentView initial={view} />
}
