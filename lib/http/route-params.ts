import { z } from 'zod'
import { LangTagSchema } from '../formats/lang-tag'

/** A row id in a path. */
export const IdSchema = z.string().min(1).max(100)

/** `/api/documents/:id` */
export const DocumentParams = z.object({ id: IdSchema })
/** `/api/documents/:id/translations/:lang`, the language in its canonical form (`RU` → `ru`). */
export const TranslationParams = DocumentParams.extend({ lang: LangTagSchema })
/** `/api/documents/:id/translations/:lang/links/:linkId` */
export const LinkParams = TranslationParams.extend({ linkId: IdSchema })
/** `/api/segments/:id` */
export const SegmentParams = z.object({ id: IdSchema })
/** `/api/comments/:id` */
export const CommentParams = z.object({ id: IdSchema })
/** `/api/imports/:jobId` */
export const ImportJobParams = z.object({ jobId: IdSchema })
