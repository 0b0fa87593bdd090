import { z } from 'zod'
import { LangTagSchema } from '../formats/lang-tag'
import { normalizeProjectWord } from './project-words'

/** The longest text one spelling check reads (a segment is far shorter). */
export const SPELLING_TEXT_MAX_LENGTH = 100_000

/** `POST /api/spelling/check`: a language and the plain text to check. */
export const SpellingCheckSchema = z.object({
  lang: LangTagSchema,
  text: z.string().max(SPELLING_TEXT_MAX_LENGTH),
})
export type SpellingCheck = z.infer<typeof SpellingCheckSchema>

/** A word for the project dictionary, normalized; anything but one word is `spelling.invalidWord`. */
export const ProjectWordSchema = z.string().transform((input, ctx) => {
  const word = normalizeProjectWord(input)
  if (word === null) {
    ctx.addIssue({ code: 'custom', message: 'spelling.invalidWord' })
    return z.NEVER
  }
  return word
})

/** `POST /api/spelling/dictionary/:lang`: the word to add. */
export const AddProjectWordSchema = z.object({ word: ProjectWordSchema })
