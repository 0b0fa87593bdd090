/** One path segment from data (an id, a language tag): encoded, so it can never add segments or leave the origin. */
const segment = (value: string) => encodeURIComponent(value)

/** True for a path of this app (`/documents`), never another origin (`//evil.example`, `/\\evil`, `https:`). */
export function isLocalPath(value: string): boolean {
  return value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') && !/[\u0000-\u001f]/.test(value)
}

/** The app's page URLs; every segment built from data is encoded here and nowhere else. */
export const pagePaths = {
  home: () => '/',
  documents: () => '/documents',
  newDocument: () => '/documents/new',
  importFile: () => '/documents/import-file',
  check: () => '/check',
  /** The sign-in page; `next` is where to go afterwards (a path of this app only). */
  signIn: (next?: string) => (next && isLocalPath(next) ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'),
  document: (documentId: string) => `/documents/${segment(documentId)}`,
  translate: (documentId: string, lang: string) => `/documents/${segment(documentId)}/translate/${segment(lang)}`,
  align: (documentId: string, lang: string) => `/documents/${segment(documentId)}/align/${segment(lang)}`,
}

/** The app's API URLs, encoded the same way. */
export const apiPaths = {
  documents: () => '/api/documents',
  articlePreview: () => '/api/articles/preview',
  document: (documentId: string) => `/api/documents/${segment(documentId)}`,
  translations: (documentId: string) => `/api/documents/${segment(documentId)}/translations`,
  translation: (documentId: string, lang: string) => `${apiPaths.translations(documentId)}/${segment(lang)}`,
  links: (documentId: string, lang: string) => `${apiPaths.translation(documentId, lang)}/links`,
  sentences: (documentId: string, lang: string, linkId: string) =>
    `${apiPaths.links(documentId, lang)}/${segment(linkId)}/sentences`,
  export: (documentId: string, query: URLSearchParams) => `/api/documents/${segment(documentId)}/export?${query}`,
  segment: (segmentId: string) => `/api/segments/${segment(segmentId)}`,
  segmentComments: (segmentId: string) => `/api/segments/${segment(segmentId)}/comments`,
  comment: (commentId: string) => `/api/comments/${segment(commentId)}`,
  threads: (documentId: string, lang: string, { openOnly }: { openOnly: boolean }) =>
    `${apiPaths.translation(documentId, lang)}/comments${openOnly ? '?open=1' : ''}`,
  quality: (documentId: string) => `/api/documents/${segment(documentId)}/quality`,
  check: (query: URLSearchParams) => `/api/check?${query}`,
  imports: (query?: URLSearchParams) => (query ? `/api/imports?${query}` : '/api/imports'),
}
