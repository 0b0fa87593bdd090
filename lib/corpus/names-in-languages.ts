import { canonicalLanguage } from '../languages'

/** The extensions of the documents a folder import reads. */
export const DOCUMENT_EXTENSIONS = /\.(txt|text|md|markdown|html|htm|xhtml|docx)$/i
/** `name.de` of `name.de.txt`: the name a document shares with its translation, then its language. */
export const NAME_AND_LANGUAGE = /^(.+)\.([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)$/

/**
 * What a file left out for its name (`noLanguage`) would be called in each of the chosen languages, to pair:
 * `report.it.txt` with `en` and `fr` gives `report.en.txt` and `report.fr.txt`. A language the name
 * already has is replaced; a part that is no language (`notes.v2.txt`) stays in the name.
 */
export function namesInLanguages(fileName: string, langs: string[]): string[] {
  const extension = DOCUMENT_EXTENSIONS.exec(fileName)?.[0] ?? ''
  const stem = fileName.slice(0, fileName.length - extension.length)
  const found = NAME_AND_LANGUAGE.exec(stem)
  const name = found?.[1] && found[2] && canonicalLanguage(found[2]) ? found[1] : stem
  return langs.map((lang) => `${name}.${lang}${extension}`)
}
