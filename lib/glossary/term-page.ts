/** Terms a page of the glossary list holds when not asked otherwise (`GET /api/glossary/terms`, the Glossary page). */
export const GLOSSARY_PAGE_SIZE = 50

/** The most terms one page of the list may hold. */
export const GLOSSARY_MAX_PAGE_SIZE = 200

/** How many pages `total` terms make, at least one (an empty list is one empty page). */
export function countTermPages(total: number, pageSize = GLOSSARY_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize))
}
