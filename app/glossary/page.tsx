import { GlossaryView } from '@/components/glossary/glossary-view'
import { can } from '@/lib/auth/permissions'
import { db } from '@/lib/db/db'
import { listGlossaryPairs, listGlossaryTermPage } from '@/lib/db/glossary'
import { canonicalLangTag } from '@/lib/formats/lang-tag'
import { GLOSSARY_PAGE_SIZE } from '@/lib/glossary/term-page'
import { requirePageActor } from '@/lib/http/page-auth'
import { pagePaths } from '@/lib/paths'

export const dynamic = 'force-dynamic'

type Search = Promise<Record<string, string | string[] | undefined>>
const tagOf = (value: string | string[] | undefined) => (typeof value === 'string' ? canonicalLangTag(value) : null)

export default async function GlossaryPage({ searchParams }: { searchParams: Search }) {
  const query = await searchParams
  const [srcLang, tgtLang] = [tagOf(query.srcLang), tagOf(query.tgtLang)]
  const pair = srcLang && tgtLang && srcLang !== tgtLang ? { srcLang, tgtLang } : null
  const actor = await requirePageActor(pagePaths.glossary(pair ?? undefined))
  const [pairs, page] = await Promise.all([
    listGlossaryPairs(db),
    pair ? listGlossaryTermPage(db, { ...pair, limit: GLOSSARY_PAGE_SIZE }) : null,
  ])
  return (
    <GlossaryView
      pairs={pairs}
      pair={pair}
      initialPage={{
        total: page?.total ?? 0,
        next: page?.next ?? null,
        previous: page?.previous ?? null,
        terms: (page?.terms ?? []).map((term) => ({ ...term, updatedAt: term.updatedAt.toISOString() })),
      }}
      canEdit={pair ? can(actor, 'glossary.edit', pair.tgtLang) : false}
    />
  )
}
