import { api } from '@/lib/api/client'

/** Gives a paragraph with no counterpart (1:0) an empty segment; true when the server made it. */
export async function addSegment(documentId: string, lang: string, linkId: string): Promise<boolean> {
  const translation = await api.getTranslation(documentId, lang)
  if (!translation.ok) return false
  const added = await api.runAlignmentOperation(documentId, lang, {
    op: 'add-segment',
    linkId,
    version: translation.data.version,
  })
  return added.ok
}
