/** One path segment from data (an id, a language tag): encoded, so it can never add segments or leave the origin. */
const segment = (value: string) => encodeURIComponent(value)

/** True for a path of this app (`/documents`), never another origin (`//evil.example`, `/\\evil`, `https:`). */
export function isLocalPath(value: string): boolean {
  return value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') && !/[\u0000-\u001f]/.test(value)
}

const LOCAL_ORIGIN = 'http://local.invalid'

/**
 * A local path (see `isLocalPath`) as a URL that can go in a `Location` header: characters outside
 * ASCII percent-encoded (`/glossary?q=한` would make the redirect throw), dot segments resolved.
 * Undefined for anything that is not a path of this app.
 */
export function localHref(value: string): string | undefined {
  if (!isLocalPath(value)) return undefined
  const url = new URL(value, LOCAL_ORIGIN)
  return url.origin === LOCAL_ORIGIN ? url.pathname + url.search + url.hash : undefined
}

/** The app's page URLs; every segment built from data is encoded here and nowhere else. */
export const pagePaths = {
  /** The signed-in person's home: what is assigned to them ("My work"). */
  home: () => '/',
  documents: () => '/documents',
  newDocument: () => '/documents/new',
  importFile: () => '/documents/import-file',
  importFolder: () => '/documents/import-folder',
  check: () => '/check',
  /** Importing a TMX file into the translation memory of a language pair. */
  memoryImport: () => '/memory/import',
  /** The Glossary page, opened on a language pair when given. */
  glossary: (pair?: { srcLang: string; tgtLang: string }) =>
    pair ? `/glossary?${new URLSearchParams({ srcLang: pair.srcLang, tgtLang: pair.tgtLang })}` : '/glossary',
  /** The sign-in page; `next` is where to go afterwards (a path of this app only). */
  signIn: (next?: string) => (next && isLocalPath(next) ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'),
  signUp: () => '/sign-up',
  account: () => '/account',
  users: () => '/users',
  document: (documentId: string) => `/documents/${segment(documentId)}`,
  translate: (documentId: string, lang: string) => `/documents/${segment(documentId)}/translate/${segment(lang)}`,
  /** The editor started at one segment (`?segment=`: the editor makes it active and scrolls to it). */
  segmentInEditor: (documentId: string, lang: string, segmentId: string) =>
    `${pagePaths.translate(documentId, lang)}?${new URLSearchParams({ segment: segmentId })}`,
  align: (documentId: string, lang: string) => `/documents/${segment(documentId)}/align/${segment(lang)}`,
  /** The quality report of a language. */
  qaReport: (documentId: string, lang: string) => `${pagePaths.translate(documentId, lang)}/qa`,
}

/** The app's API URLs, encoded the same way. */
export const apiPaths = {
  documents: () => '/api/documents',
  me: () => '/api/me',
  myTokens: () => '/api/me/tokens',
  myToken: (tokenId: string) => `/api/me/tokens/${segment(tokenId)}`,
  users: () => '/api/users',
  glossaryPairs: () => '/api/glossary',
  glossaryTerms: (query?: URLSearchParams) => `/api/glossary/terms${query ? `?${query}` : ''}`,
  glossaryTerm: (termId: string) => `/api/glossary/terms/${segment(termId)}`,
  glossaryImport: (query: URLSearchParams) => `/api/glossary/import?${query}`,
  glossaryExport: (query: URLSearchParams) => `/api/glossary/export?${query}`,
  glossaryMatches: () => '/api/glossary/matches',
  user: (userId: string) => `/api/users/${segment(userId)}`,
  articlePreview: () => '/api/articles/preview',
  document: (documentId: string) => `/api/documents/${segment(documentId)}`,
  translations: (documentId: string) => `/api/documents/${segment(documentId)}/translations`,
  translation: (documentId: string, lang: string) => `${apiPaths.translations(documentId)}/${segment(lang)}`,
  links: (documentId: string, lang: string) => `${apiPaths.translation(documentId, lang)}/links`,
  approveSegments: (documentId: string, lang: string) => `${apiPaths.translation(documentId, lang)}/approve`,
  pretranslate: (documentId: string, lang: string) => `${apiPaths.translation(documentId, lang)}/pretranslate`,
  sentences: (documentId: string, lang: string, linkId: string) =>
    `${apiPaths.links(documentId, lang)}/${segment(linkId)}/sentences`,
  export: (documentId: string, query: URLSearchParams) => `/api/documents/${segment(documentId)}/export?${query}`,
  assignments: (documentId: string) => `/api/documents/${segment(documentId)}/assignments`,
  assignable: (documentId: string, lang: string) =>
    `/api/documents/${segment(documentId)}/assignable?${new URLSearchParams({ lang })}`,
  peopleProgress: (documentId: string) => `/api/documents/${segment(documentId)}/progress`,
  activity: (documentId: string, limit: number) =>
    `/api/documents/${segment(documentId)}/activity?${new URLSearchParams({ limit: String(limit) })}`,
  myWork: (scope: 'mine' | 'all' = 'mine') => (scope === 'all' ? '/api/me/work?scope=all' : '/api/me/work'),
  segment: (segmentId: string) => `/api/segments/${segment(segmentId)}`,
  revisions: (segmentId: string) => `${apiPaths.segment(segmentId)}/revisions`,
  restore: (segmentId: string) => `${apiPaths.segment(segmentId)}/restore`,
  events: (documentId: string, lang: string) => `${apiPaths.translation(documentId, lang)}/events`,
  presence: (documentId: string, lang: string) => `${apiPaths.translation(documentId, lang)}/presence`,
  changes: (documentId: string, lang: string) => `${apiPaths.translation(documentId, lang)}/changes`,
  qa: (documentId: string, lang: string) => `${apiPaths.translation(documentId, lang)}/qa`,
  qaIgnores: (segmentId: string, query?: URLSearchParams) =>
    `/api/segments/${segment(segmentId)}/qa-ignores${query ? `?${query}` : ''}`,
  segmentComments: (segmentId: string, query?: URLSearchParams) =>
    `/api/segments/${segment(segmentId)}/comments${query?.toString() ? `?${query}` : ''}`,
  comment: (commentId: string) => `/api/comments/${segment(commentId)}`,
  spellingCheck: () => '/api/spelling/check',
  spellingDictionary: (lang: string) => `/api/spelling/dictionary/${segment(lang)}`,
  threads: (documentId: string, lang: string, query?: URLSearchParams) =>
    `${apiPaths.translation(documentId, lang)}/comments${query?.toString() ? `?${query}` : ''}`,
  quality: (documentId: string) => `/api/documents/${segment(documentId)}/quality`,
  check: (query: URLSearchParams) => `/api/check?${query}`,
  imports: (query?: URLSearchParams) => (query ? `/api/imports?${query}` : '/api/imports'),
  importJob: (jobId: string) => `/api/imports/${segment(jobId)}`,
  folderImports: () => '/api/folder-imports',
  tmMatches: () => '/api/tm/matches',
  tmConcordance: (query: URLSearchParams) => `/api/tm/concordance?${query}`,
  tmPairs: () => '/api/tm/pairs',
  tmImport: (query: URLSearchParams) => `/api/tm/import?${query}`,
}
