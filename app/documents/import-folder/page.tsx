import { requirePageActor } from '@/lib/http/page-auth'
import { folderImportLimits } from '@/lib/http/read-folder-upload'
import { pagePaths } from '@/lib/paths'
import { ImportFolderForm } from '@/components/documents/import-folder-form'

export const dynamic = 'force-dynamic'

export default async function ImportFolderPage() {
  await requirePageActor(pagePaths.importFolder(), { action: 'documents.create' })
  const { maxFileBytes, formBytes } = folderImportLimits()
  return <ImportFolderForm maxFileBytes={maxFileBytes} maxFormBytes={formBytes} />
}
