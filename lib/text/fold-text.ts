/**
 * The one form text is compared in by Find, for matching rows and for marking matches: compatibility
 * forms and decomposed letters composed (NFKC), lowercased, and ё read as е (Russian often writes е
 * for ё). й stays distinct from и: it is a letter of its own, not an accent.
 */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFKC').replace(/ё/g, 'е')
}
