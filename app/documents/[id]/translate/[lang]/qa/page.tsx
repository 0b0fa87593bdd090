import { notFound } from 'next/navigation'
import { QaReport } from '@/components/qa/qa-report'
import { db } from '@/lib/db/db'
import { getDocumentMeta } from '@/lib/db/documents'
import { canonicalLangTag } from '@/lib/formats/lang-tag'
import { requirePageActor } from '@/lib/http/page-auth'
import { pagePaths } from '@/lib/paths'
import { getTranslationQa } from '@/lib/server/qa/translation-qa'

export const dynamic = 'force-dynamic'

export default async function QaReportPage({ params }: { params: Promise<{ id: string; lang: string }> }) {
  const { id, lang: given } = await params
  await requirePageActor(pagePaths.qaReport(id, given))
  const lang = canonicalLangTag(given)
  const document = lang ? await getDocumentMeta(db, id) : null
  if (!lang || !document || !document.langs.includes(lang)) notFound()
  const { issues, counts } = await getTranslationQa(db, { documentId: id, lang })
  return (
    <QaReport
      documentId={id}
      title={document.title}
      lang={lang}
      counts={counts}
      issues={issues.map(({ ignored, ...issue }) => ({
        ...issue,
        ignored: ignored && { reason: ignored.reason, by: ignored.by },
      }))}
    />
  )
}
