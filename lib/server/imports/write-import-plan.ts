import { checkPlanCoverage, type ImportPlan } from '@/lib/exchange/import-plan'
import { applyImportPlan, type ImportResult } from '@/lib/db/apply-import-plan'
import type { DbOrTx } from '@/lib/db/client'
import { countParagraphs } from '@/lib/db/documents'
import type { Actor } from '@/lib/auth/permissions'

/**
 * Writes an import plan once its links cover the document's paragraphs and every segment once, in
 * order, as alignment operations need; else refuses it with `import.incompleteAlignment` before
 * writing anything. Call it inside one transaction (R5).
 */
export async function writeImportPlan(tx: DbOrTx, plan: ImportPlan, actor: Actor): Promise<ImportResult> {
  const paragraphCount =
    plan.document.kind === 'existing' ? await countParagraphs(tx, plan.document.id) : plan.paragraphs.length
  checkPlanCoverage(plan, paragraphCount)
  return applyImportPlan(tx, plan, actor)
}
