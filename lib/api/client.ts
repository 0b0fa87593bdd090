import type {
  createTranslation as CreateTranslation,
  RowView,
  SegmentView,
  TranslationView,
} from '@/lib/db/translations'
import type { SegmentSnapshot } from '@/lib/db/segments'
import type { Person } from '@/lib/db/users'
import type { TokenInfo } from '@/lib/auth/api-tokens'
import type { Role } from '@/lib/auth/permissions'
import type { CommentView, SegmentCommentPage, ThreadPage as ThreadPageView, ThreadView } from '@/lib/db/comments'
import type { CreateComment } from '@/lib/http/schemas'
import type { ErrorMark } from '@/lib/review/error-marks'
import type { LanguageQuality } from '@/lib/review/quality-report'
import type { SentencePairView } from '@/lib/server/alignment/list-sentence-links'
import type { ImportJobView } from '@/lib/db/import-jobs'
import type { UnpairedFile } from '@/lib/corpus/pair-uploads'
import type { ImportResult as ExchangeImportResult } from '@/lib/db/apply-import-plan'
import type { CheckReport, ReportProblem } from '@/lib/exchange/check-exchange-file'
import type { AlignmentRequestBody } from '@/lib/http/alignment-schemas'
import type { ArticleRequest } from '@/lib/http/read-article-request'
import type { importArticle as ImportArticle } from '@/lib/server/articles/import-article'
import type { AlignmentView } from '@/lib/server/alignment/alignment-view'
import type { ImportResult as TextImportResult } from '@/lib/server/translations/import-translation-text'
import type { RevisionView } from '@/lib/server/segments/list-revisions'
import type { SegmentChange } from '@/lib/server/review/changes-since'
import type { ApproveSegmentsInput, ApproveSegmentsResult } from '@/lib/server/review/approve-segments'
import type { PretranslateResult } from '@/lib/server/tm/pretranslate-translation'
import type { PretranslateMinimum } from '@/lib/tm/pretranslation'
import type { SaveRequest } from '@/lib/workbench/autosave'
import type { QaIgnoreView } from '@/lib/db/qa-ignores'
import type { QaIgnoreRequest } from '@/lib/http/qa-schemas'
import type { TranslationQa, TranslationQaIssue } from '@/lib/server/qa/translation-qa'
import type { MqmCategory, MqmSeverity } from '@/lib/workbench/mqm'
import type { AssignmentView } from '@/lib/db/assignments'
import { newTabId, TAB_HEADER } from '@/lib/live/tab'
import type { ActivityItem } from '@/lib/db/activity'
import type { LanguageProgress } from '@/lib/db/people-progress'
import type { AssignmentRequest } from '@/lib/http/people-schemas'
import type { AssignableUsers } from '@/lib/server/people/list-assignable-users'
import type { WorkItem } from '@/lib/server/people/get-work'
import type { SpellingResult } from '@/lib/server/spelling/check-text-spelling'
import type { SpellingWordView } from '@/lib/db/spelling-words'
import type { TmMatch } from '@/lib/server/tm/find-matches'
import type { TmImportResult } from '@/lib/server/tm/import-tmx-to-memory'
import type { ConcordanceHit, ConcordanceSide } from '@/lib/server/tm/search-concordance'
import { apiPaths } from '@/lib/paths'
import { isRecord, readApiError, toApiError, type ApiError } from './api-error'
import { readProgress } from './read-progress'

/** What every call returns: the typed answer, or the error the UI shows (`network` when nothing came back). */

/** What the memory is asked for matches: a source sentence, its neighbours, and the segment asking (its own saved translation is not offered back to it). */
export type TmMatchQuery = {
  srcLang: string
  tgtLang: string
  text: string
  prev: string
  next: string
  segment: string
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError }

/** A value as it arrives through JSON: dates become strings. */
export type Jsonified<T> = T extends Date
  ? string
  : T extends Array<infer U>
    ? Array<Jsonified<U>>
    : T extends object
      ? { [K in keyof T]: Jsonified<T[K]> }
      : T

export type Segment = Jsonified<SegmentSnapshot>
export type QaIgnore = Jsonified<QaIgnoreView>
export type QaReportIssue = Jsonified<TranslationQaIssue> & { message: string }
export type QaReport = { issues: QaReportIssue[]; counts: TranslationQa['counts'] }
/** `GET …/translations/:lang` (the route's mapping of `TranslationView`). */
export type TranslationResponse = Omit<TranslationView, 'rows'> & {
  rows: Array<
    Pick<RowView, 'linkId' | 'position' | 'type' | 'confidence' | 'confirmed' | 'origin'> & {
      sourceParagraphIds: string[]
      targets: Array<Pick<SegmentView, 'id' | 'text' | 'html' | 'status' | 'version'>>
    }
  >
}
export type CreatedTranslation = Awaited<ReturnType<typeof CreateTranslation>>
/** One revision in a segment's history (`GET /api/segments/:id/revisions`). */
export type Revision = Jsonified<RevisionView>
export type SegmentHistory = { revisions: Revision[]; truncated: boolean }
export type { SegmentChange }
export type { AlignmentView, SentencePairView, TextImportResult, ExchangeImportResult }
/** A problem in a file: `detail` is the reader's English text when the server localized `message`. */
export type Problem = ReportProblem & { detail?: string }
export type CheckResponse = Omit<CheckReport, 'problems'> & { fileName: string; problems: Problem[] }
export type FileImport = { kind: 'imported'; result: ExchangeImportResult } | { kind: 'queued'; jobId: string }
export type ImportJob = Omit<Jsonified<ImportJobView>, 'result' | 'error'> & {
  result: Pick<
    ExchangeImportResult,
    'documentId' | 'title' | 'languages' | 'skipped' | 'skippedCount' | 'comments' | 'fileNotes'
  > | null
  error: ApiError | null
}
/** A TMX import into the memory: done at once (its counts), or a background job to poll. */
export type TmImport = { kind: 'imported'; result: TmImportResult } | { kind: 'queued'; jobId: string }
/** A TMX import job as its form shows it: bytes read of the file's size, then the counts or the error. */
export type TmImportJob = Pick<ImportJob, 'id' | 'status' | 'processed' | 'total' | 'error'> & {
  result: TmImportResult | null
}
const isTmImportResult = (v: unknown): v is TmImportResult =>
  isRecord(v) && isNumber(v.units) && isNumber(v.added) && isNumber(v.updated) && isNumber(v.unchanged)
/** The counts of a TMX import; a job finished before `unchanged` was counted has none unchanged. */
const toTmImportResult = (v: unknown): TmImportResult | null =>
  isRecord(v) && isNumber(v.units) && isNumber(v.added) && isNumber(v.updated)
    ? { units: v.units, added: v.added, updated: v.updated, unchanged: isNumber(v.unchanged) ? v.unchanged : 0 }
    : null
/** A folder import as its form holds it: two zips, or many files paired by name. */
export type FolderImportInput = { sourceLang: string; targetLang: string } & (
  { sourceZip: File; targetZip: File } | { files: File[] }
)
/** One pair of a finished folder import: its document, and the error when a file could not be imported. */
export type FolderImportPair = {
  name: string
  documentId: string | null
  fileName: string | null
  error: ApiError | null
}
/** A folder import job as the page shows it; `result` is checked before it is trusted. */
export type FolderImportJob = Pick<ImportJob, 'id' | 'status' | 'processed' | 'total' | 'error'> & {
  result: { pairs: FolderImportPair[]; unpaired: UnpairedFile[] } | null
}
const UNPAIRED_REASONS = new Set<string>(['noCounterpart', 'noLanguage', 'duplicate', 'unsupportedType'])

function toFolderImportPair(value: unknown): FolderImportPair | null {
  if (!isRecord(value) || !isString(value.name)) return null
  return {
    name: value.name,
    documentId: isString(value.documentId) ? value.documentId : null,
    fileName: isString(value.fileName) ? value.fileName : null,
    error: value.error === undefined || value.error === null ? null : toApiError(value.error),
  }
}

function toFolderImportJob(value: Record<string, unknown>): FolderImportJob {
  const { result } = value
  const checked =
    isRecord(result) && Array.isArray(result.pairs) && Array.isArray(result.unpaired)
      ? {
          pairs: result.pairs.map(toFolderImportPair).filter((pair) => pair !== null),
          unpaired: result.unpaired.filter(
            (u): u is UnpairedFile => isRecord(u) && isString(u.fileName) && UNPAIRED_REASONS.has(String(u.reason)),
          ),
        }
      : null
  return {
    id: String(value.id),
    status: String(value.status) as FolderImportJob['status'],
    processed: isNumber(value.processed) ? value.processed : 0,
    total: isNumber(value.total) ? value.total : 0,
    result: checked,
    error: value.error === null || value.error === undefined ? null : toApiError(value.error),
  }
}

function folderForm(input: FolderImportInput): FormData {
  const form = new FormData()
  form.set('sourceLang', input.sourceLang)
  form.set('targetLang', input.targetLang)
  if ('files' in input) for (const file of input.files) form.append('files', file)
  else {
    form.set('sourceZip', input.sourceZip)
    form.set('targetZip', input.targetZip)
  }
  return form
}

/** An article as the import form holds it: pasted text in a format, or a file. */
export type ArticleInput = {
  title: string
  sourceLang: string
  text: string
  format: 'text' | 'markdown' | 'html'
  file: File | null
}
export type ArticlePreview = Pick<ArticleRequest, 'title'> & { paragraphs: string[] }
export type CreatedArticle = Awaited<ReturnType<typeof ImportArticle>>
/** A reviewer's rejection: the reason (it becomes a comment) and an optional MQM mark. */
export type Rejection = { comment: string; category?: MqmCategory; severity?: MqmSeverity; version: number }
/** What `POST …/approve` takes: listed segments, or every translated one, and the versions the reviewer saw. */
export type BulkApproval = Pick<ApproveSegmentsInput, 'filter' | 'versions'> & { segmentIds?: string[] }
export type { ApproveSegmentsResult }
export type { PretranslateResult }
/** What changed in a segment since it was last approved (or since the translator's first version). */
export type SegmentChanges = SegmentChange
export type Comment = Jsonified<CommentView>
/** A page of a segment's comments, newest first, with the threads its replies answer and the cursor of earlier ones. */
export type CommentPage = Jsonified<SegmentCommentPage>
export type Thread = Jsonified<ThreadView>
/** A page of a language's threads in segment order, with how many there are in all and the cursor of later ones. */
export type ThreadPage = Jsonified<ThreadPageView>
export type { LanguageQuality }
/** A reviewer's decision: approve or reject at `version`, with a comment (needed to reject) and an optional error mark. */
export type ReviewRequest = {
  status: 'approved' | 'rejected'
  version: number
  comment?: string
} & Partial<ErrorMark>
export type TranslationTextInput = { lang: string; text: string; replace: boolean; file: File | null }

export type Assignment = AssignmentView
export type Activity = Jsonified<ActivityItem>
export type { AssignableUsers, AssignmentRequest, LanguageProgress, WorkItem }
/** A person as `/api/users` answers. */
export type PersonView = Jsonified<Person>
/** A personal API token as listed (never the token itself). */
export type TokenView = Jsonified<TokenInfo>
/** `POST /api/users`: the password is there only when the server generated it (shown once). */
export type AddedPerson = { user: PersonView; password?: string }
export type NewPerson = { email: string; name?: string; role: Role; langs: string[]; password?: string }
export type PersonPatch = { name?: string; role?: Role; langs?: string[] }

type Fetch = (url: string, init?: RequestInit) => Promise<Response>
/** Reads a successful answer; throws when its shape is not the one expected. */
type Read<T> = (response: Response) => Promise<T>

const isString = (value: unknown): value is string => typeof value === 'string'
const isNumber = (value: unknown): value is number => typeof value === 'number'
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString)

/** The JSON body, when `check` accepts it: the one place an answer's type is asserted. */
const shaped =
  <T>(check: (body: Record<string, unknown>) => boolean): Read<T> =>
  async (response) => {
    const body: unknown = await response.json()
    if (!isRecord(body) || !check(body)) throw new Error(`Unexpected answer from ${response.url}`)
    return body as T
  }

const isPerson = (v: unknown) => isRecord(v) && isString(v.id) && isString(v.email) && isStringArray(v.langs)
const isToken = (v: unknown) => isRecord(v) && isString(v.id) && isString(v.prefix)
const isSegment = (v: Record<string, unknown>) =>
  isString(v.id) && isNumber(v.version) && isString(v.status) && isRecord(v.content) && isString(v.html)
const isAlignmentView = (v: Record<string, unknown>) => isNumber(v.version) && Array.isArray(v.rows)
const isComment = (v: Record<string, unknown>) =>
  isString(v.id) && isString(v.segmentId) && isString(v.body) && typeof v.resolved === 'boolean'
const isProblem = (v: unknown): v is Problem =>
  isRecord(v) && isNumber(v.line) && isNumber(v.column) && isString(v.code) && isString(v.message)

const JSON_HEADERS = { 'content-type': 'application/json' }
const FILE_HEADERS = { 'content-type': 'application/octet-stream' }

/** The segment a `segment.conflict` error carries (the one now stored), or null for any other error. */
export function conflictOf(error: ApiError): Segment | null {
  const current = error.params.current
  return error.code === 'segment.conflict' && isRecord(current) && isSegment(current) ? (current as Segment) : null
}

/** The problems an `import.invalidFile` error lists, or null when it lists none. */
export function problemsOf(error: ApiError): Problem[] | null {
  const { problems } = error.params
  return Array.isArray(problems) ? problems.filter(isProblem) : null
}

const SKIP_REASONS = new Set(['languagePair', 'otherLanguage', 'duplicateVariant'])
const isImportSkip = (value: unknown) => isRecord(value) && isString(value.reason) && SKIP_REASONS.has(value.reason)

function toImportJob(value: unknown): ImportJob | null {
  if (!isRecord(value) || !isString(value.id) || !isString(value.status)) return null
  const { result, error } = value
  return {
    ...(value as Omit<ImportJob, 'result' | 'error'>),
    result:
      isRecord(result) && isString(result.documentId)
        ? {
            documentId: result.documentId,
            title: isString(result.title) ? result.title : '',
            languages: isStringArray(result.languages) ? result.languages : [],
            ...(Array.isArray(result.skipped)
              ? { skipped: result.skipped.filter(isImportSkip) as NonNullable<ExchangeImportResult['skipped']> }
              : {}),
            ...(typeof result.skippedCount === 'number' ? { skippedCount: result.skippedCount } : {}),
            ...(typeof result.comments === 'number' ? { comments: result.comments } : {}),
            ...(typeof result.fileNotes === 'number' ? { fileNotes: result.fileNotes } : {}),
          }
        : null,
    error: error === null || error === undefined ? null : toApiError(error),
  }
}

function articleForm(input: ArticleInput): FormData {
  const form = new FormData()
  form.set('title', input.title)
  form.set('sourceLang', input.sourceLang)
  form.set('text', input.text)
  form.set('format', input.format)
  if (input.file) form.set('file', input.file)
  return form
}

/**
 * The browser's calls to the app's own API, one function per endpoint. URLs come from `apiPaths`
 * (every id and language encoded), answers are typed from the server modules that produce them and
 * checked where the UI depends on their shape. `fetcher` is `fetch`; tests pass a fake.
 */
export function createApiClient(fetcher: Fetch) {
  async function call<T>(url: string, init: RequestInit, read: Read<T>): Promise<ApiResult<T>> {
    const response = await fetcher(url, init).catch(() => null)
    if (!response?.ok) return { ok: false, error: await readApiError(response) }
    try {
      return { ok: true, data: await read(response) }
    } catch {
      return { ok: false, error: { code: 'generic', params: {}, status: response.status } }
    }
  }
  const get = <T>(url: string, read: Read<T>) => call(url, { cache: 'no-store' }, read)
  const sendJson = <T>(url: string, method: string, body: unknown, read: Read<T>, extra: RequestInit = {}) =>
    call(url, { ...extra, method, headers: JSON_HEADERS, body: JSON.stringify(body) }, read)
  const noContent: Read<null> = async () => null
  /** A GET whose answer is `{ [key]: T[] }`, answered as the list. */
  const listed = async <T>(url: string, key: string): Promise<ApiResult<T[]>> => {
    const result = await get(
      url,
      shaped<Record<string, T[]>>((v) => Array.isArray(v[key])),
    )
    return result.ok ? { ok: true, data: result.data[key]! } : result
  }

  return {
    /**
     * `PATCH /api/segments/:id`: saves content and/or status at `version`; a stale version is
     * `segment.conflict` (see `conflictOf`). `keepalive` lets the request finish after the page leaves.
     */
    saveSegment: (segmentId: string, request: SaveRequest, options: { keepalive?: boolean } = {}) =>
      sendJson(
        apiPaths.segment(segmentId),
        'PATCH',
        request,
        shaped<Segment>(isSegment),
        options.keepalive ? { keepalive: true } : {},
      ),

    /** `POST …/translations/:lang/presence`: which segment the events stream `clientId` has open (null: none). */
    setPresence: (documentId: string, lang: string, body: { clientId: string; segmentId: string | null }) =>
      sendJson(apiPaths.presence(documentId, lang), 'POST', body, noContent),

    /** `GET /api/segments/:id/revisions`: the segment's latest revisions, newest first, with authors and diffs. */
    listRevisions: (segmentId: string) =>
      get(
        apiPaths.revisions(segmentId),
        shaped<SegmentHistory>((v) => Array.isArray(v.revisions) && typeof v.truncated === 'boolean'),
      ),

    /**
     * `POST /api/segments/:id/restore`: brings back revision `version` as a new revision, if the
     * segment is still at `currentVersion` (else `segment.conflict`, see `conflictOf`).
     */
    restoreRevision: (segmentId: string, version: number, currentVersion: number) =>
      sendJson(apiPaths.restore(segmentId), 'POST', { version, currentVersion }, shaped<Segment>(isSegment)),

    /** `GET …/translations/:lang/changes`: what changed in each segment since it was last approved (or first written). */
    listChanges: async (documentId: string, lang: string) => {
      const read = shaped<{ changes: SegmentChange[] }>((v) => Array.isArray(v.changes))
      const result = await get(apiPaths.changes(documentId, lang), read)
      return result.ok ? { ok: true as const, data: result.data.changes } : result
    },

    /** `GET …/translations/:lang/qa`: the quality report, each finding with its localized message. */
    getQaReport: (documentId: string, lang: string) =>
      get(
        apiPaths.qa(documentId, lang),
        shaped<QaReport>((v) => Array.isArray(v.issues) && typeof v.counts === 'object'),
      ),

    /** `GET /api/segments/:id/qa-ignores`: the checks ignored on a segment, with the text each holds for. */
    listQaIgnores: (segmentId: string) => listed<QaIgnore>(apiPaths.qaIgnores(segmentId), 'ignores'),

    /** `POST /api/segments/:id/qa-ignores`: ignores a check on the segment's current text, with a reason. */
    ignoreQaCheck: (segmentId: string, request: QaIgnoreRequest) =>
      sendJson(
        apiPaths.qaIgnores(segmentId),
        'POST',
        request,
        shaped<{ ignore: QaIgnore }>((v) => typeof v.ignore === 'object' && v.ignore !== null),
      ),

    /** `DELETE /api/segments/:id/qa-ignores?check=`: shows the check's warnings again. */
    unignoreQaCheck: (segmentId: string, check: string) =>
      call(apiPaths.qaIgnores(segmentId, new URLSearchParams({ check })), { method: 'DELETE' }, noContent),

    /** `PATCH /api/segments/:id` with `status: "rejected"`: rejects at `version` with a reason and an optional MQM mark. */
    rejectSegment: (segmentId: string, rejection: Rejection) =>
      sendJson(apiPaths.segment(segmentId), 'PATCH', { status: 'rejected', ...rejection }, shaped<Segment>(isSegment)),

    /** `POST …/translations/:lang/approve`: approves the listed (or all) translated segments; reports the skipped ones. */
    approveSegments: (documentId: string, lang: string, request: BulkApproval) =>
      sendJson(
        apiPaths.approveSegments(documentId, lang),
        'POST',
        request,
        shaped<ApproveSegmentsResult>(
          (v) => isNumber(v.approved) && Array.isArray(v.segments) && Array.isArray(v.skipped),
        ),
      ),

    /** `POST …/translations/:lang/pretranslate`: fills empty segments from 100% (or only in-context) memory matches, as drafts. */
    pretranslate: (documentId: string, lang: string, request: { minimum: PretranslateMinimum }) =>
      sendJson(
        apiPaths.pretranslate(documentId, lang),
        'POST',
        request,
        shaped<PretranslateResult>((v) => isNumber(v.filled) && isNumber(v.exact) && isNumber(v.context)),
      ),

    /** `GET /api/documents/:id/translations/:lang`: the editor's rows of one translation. */
    getTranslation: (documentId: string, lang: string) =>
      get(
        apiPaths.translation(documentId, lang),
        shaped<TranslationResponse>((v) => isNumber(v.version) && Array.isArray(v.rows)),
      ),

    /** `POST /api/documents/:id/translations` with a language only: adds it with empty segments. */
    createTranslation: (documentId: string, lang: string) =>
      sendJson(
        apiPaths.translations(documentId),
        'POST',
        { lang },
        shaped<CreatedTranslation>((v) => isString(v.lang)),
      ),

    /** `POST /api/documents/:id/translations` with text or a file: splits, aligns and stores it, reporting progress. */
    importTranslationText: async (
      documentId: string,
      input: TranslationTextInput,
      onProgress: (fraction: number) => void,
    ): Promise<ApiResult<TextImportResult>> => {
      const form = new FormData()
      form.set('lang', input.lang)
      form.set('text', input.text)
      form.set('replace', String(input.replace))
      if (input.file) form.set('file', input.file)
      const init = { method: 'POST', body: form, headers: { accept: 'application/x-ndjson' } }
      const response = await fetcher(apiPaths.translations(documentId), init).catch(() => null)
      if (!response?.ok) return { ok: false, error: await readApiError(response) }
      const accept = (v: unknown) =>
        isRecord(v) && isString(v.lang) && isNumber(v.linkCount) && isRecord(v.types) ? (v as TextImportResult) : null
      const outcome = await readProgress(response, onProgress, accept).catch(() => ({
        error: { code: 'network', params: {} },
      }))
      return 'error' in outcome ? { ok: false, error: outcome.error } : { ok: true, data: outcome.result }
    },

    /** `DELETE /api/documents/:id/translations/:lang`. */
    deleteTranslation: (documentId: string, lang: string) =>
      call(apiPaths.translation(documentId, lang), { method: 'DELETE' }, noContent),

    /** `DELETE /api/documents/:id`. */
    deleteDocument: (documentId: string) => call(apiPaths.document(documentId), { method: 'DELETE' }, noContent),

    /** `GET …/translations/:lang/links`: the alignment view. */
    getAlignment: (documentId: string, lang: string) =>
      get(apiPaths.links(documentId, lang), shaped<AlignmentView>(isAlignmentView)),

    /** `POST …/translations/:lang/links`: one alignment operation at `version`; answers the new view. */
    runAlignmentOperation: (documentId: string, lang: string, request: AlignmentRequestBody) =>
      sendJson(apiPaths.links(documentId, lang), 'POST', request, shaped<AlignmentView>(isAlignmentView)),

    /** `GET …/links/:linkId/sentences`: the sentence pairs of one link. */
    listSentencePairs: async (documentId: string, lang: string, linkId: string) => {
      const read = shaped<{ sentences: SentencePairView[] }>((v) => Array.isArray(v.sentences))
      const result = await get(apiPaths.sentences(documentId, lang, linkId), read)
      return result.ok ? { ok: true as const, data: result.data.sentences } : result
    },

    /** `POST /api/check`: every problem in a TMX, XLIFF or JSON file, nothing imported. The raw file is the body. */
    checkFile: (file: File) =>
      call(
        apiPaths.check(new URLSearchParams({ fileName: file.name })),
        { method: 'POST', headers: FILE_HEADERS, body: file },
        shaped<CheckResponse>((v) => isNumber(v.units) && Array.isArray(v.problems) && isString(v.format)),
      ),

    /** `POST /api/imports`: imports a file at once (201), or queues it as a background job (202). */
    importFile: (
      file: File,
      target: { documentId: string; update: boolean; sourceLang?: string; targetLang?: string },
    ) => {
      const query = new URLSearchParams({ fileName: file.name, documentId: target.documentId })
      if (target.update) query.set('update', '1')
      if (target.sourceLang) query.set('sourceLang', target.sourceLang)
      if (target.targetLang) query.set('targetLang', target.targetLang)
      const read: Read<FileImport> = async (response) => {
        if (response.status === 202) {
          const body = await shaped<{ jobId: string }>((v) => isString(v.jobId))(response)
          return { kind: 'queued', jobId: body.jobId }
        }
        const result = await shaped<ExchangeImportResult>((v) => isString(v.documentId) && isStringArray(v.languages))(
          response,
        )
        return { kind: 'imported', result }
      }
      return call(apiPaths.imports(query), { method: 'POST', headers: FILE_HEADERS, body: file }, read)
    },

    /** `GET /api/imports`: the recent background imports, each result and error checked. */
    listImportJobs: async (): Promise<ApiResult<ImportJob[]>> => {
      const result = await get(
        apiPaths.imports(),
        shaped<{ jobs: unknown[] }>((v) => Array.isArray(v.jobs)),
      )
      if (!result.ok) return result
      return { ok: true, data: result.data.jobs.map(toImportJob).filter((job) => job !== null) }
    },

    /** `POST /api/folder-imports`: queues the import of a folder of translated documents; answers the job id. */
    importFolder: (input: FolderImportInput) =>
      call(
        apiPaths.folderImports(),
        { method: 'POST', body: folderForm(input) },
        shaped<{ jobId: string; pairs: number }>((v) => isString(v.jobId) && isNumber(v.pairs)),
      ),

    /** `GET /api/imports/:jobId` for a folder import: its progress, then each pair's document or error. */
    getFolderImportJob: async (jobId: string): Promise<ApiResult<FolderImportJob>> => {
      const result = await get(
        apiPaths.importJob(jobId),
        shaped<Record<string, unknown>>((v) => isString(v.id) && isString(v.status)),
      )
      return result.ok ? { ok: true, data: toFolderImportJob(result.data) } : result
    },

    /** `DELETE /api/imports/:jobId`: cancels a background import that has not ended. */
    cancelImportJob: (jobId: string) =>
      call(
        apiPaths.importJob(jobId),
        { method: 'DELETE' },
        shaped<Record<string, unknown>>((v) => isString(v.id) && isString(v.status)),
      ),

    /** `POST /api/tm/import`: a TMX file into the memory of a pair, at once (201) or as a background job (202). */
    importTmx: (file: File, pair: { srcLang: string; tgtLang: string }) => {
      const query = new URLSearchParams({ ...pair, fileName: file.name })
      const read: Read<TmImport> = async (response) => {
        if (response.status === 202) {
          const body = await shaped<{ jobId: string }>((v) => isString(v.jobId))(response)
          return { kind: 'queued', jobId: body.jobId }
        }
        return { kind: 'imported', result: await shaped<TmImportResult>(isTmImportResult)(response) }
      }
      return call(apiPaths.tmImport(query), { method: 'POST', headers: FILE_HEADERS, body: file }, read)
    },

    /** `GET /api/imports/:jobId` for a TMX import into the memory: bytes read, then the counts or the error. */
    getTmImportJob: async (jobId: string): Promise<ApiResult<TmImportJob>> => {
      const result = await get(
        apiPaths.importJob(jobId),
        shaped<Record<string, unknown>>((v) => isString(v.id) && isString(v.status)),
      )
      if (!result.ok) return result
      const job = result.data
      return {
        ok: true,
        data: {
          id: String(job.id),
          status: String(job.status) as TmImportJob['status'],
          processed: isNumber(job.processed) ? job.processed : 0,
          total: isNumber(job.total) ? job.total : 0,
          result: toTmImportResult(job.result),
          error: job.error === null || job.error === undefined ? null : toApiError(job.error),
        },
      }
    },

    /** `POST /api/articles/preview`: the article's paragraphs as HTML, nothing saved. */
    previewArticle: (input: ArticleInput) =>
      call(
        apiPaths.articlePreview(),
        { method: 'POST', body: articleForm(input) },
        shaped<ArticlePreview>((v) => isStringArray(v.paragraphs)),
      ),

    /** `GET /api/documents/:id/assignments`: who translates and who reviews each language. */
    listAssignments: (documentId: string) => listed<Assignment>(apiPaths.assignments(documentId), 'assignments'),

    /** `PUT /api/documents/:id/assignments` (admins): sets or clears (`userId: null`) one role of a language. */
    setAssignment: async (documentId: string, request: AssignmentRequest) => {
      const read = shaped<{ assignments: Assignment[] }>((v) => Array.isArray(v.assignments))
      const result = await sendJson(apiPaths.assignments(documentId), 'PUT', request, read)
      return result.ok ? { ok: true as const, data: result.data.assignments } : result
    },

    /** `GET /api/documents/:id/assignable?lang=` (admins): who may translate and who may review the language. */
    listAssignableUsers: (documentId: string, lang: string) =>
      get(
        apiPaths.assignable(documentId, lang),
        shaped<AssignableUsers>((v) => Array.isArray(v.translator) && Array.isArray(v.reviewer)),
      ),

    /** `GET /api/me/work`: what is assigned to the signed-in person (`all`: to everyone, admins). */
    getMyWork: (scope: 'mine' | 'all' = 'mine') => listed<WorkItem>(apiPaths.myWork(scope), 'work'),

    /** `GET /api/documents/:id/progress`: segments and words translated and approved per person and language. */
    getPeopleProgress: (documentId: string) =>
      listed<LanguageProgress>(apiPaths.peopleProgress(documentId), 'languages'),

    /** `GET /api/documents/:id/activity?limit=`: the latest changes, newest first. */
    listActivity: (documentId: string, limit = 50) =>
      listed<Activity>(apiPaths.activity(documentId, limit), 'activity'),
    /** `GET /api/me/tokens`: the signed-in person's live API tokens. */
    listMyTokens: async (): Promise<ApiResult<TokenView[]>> => {
      const result = await get(
        apiPaths.myTokens(),
        shaped<{ tokens: TokenView[] }>((v) => Array.isArray(v.tokens)),
      )
      return result.ok ? { ok: true, data: result.data.tokens.filter(isToken) } : result
    },

    /** `POST /api/me/tokens`: a new token; `token` is in this answer only. */
    createMyToken: (label: string) =>
      sendJson(
        apiPaths.myTokens(),
        'POST',
        { label },
        shaped<TokenView & { token: string }>((v) => isToken(v) && isString(v.token)),
      ),

    /** `DELETE /api/me/tokens/:id`: revokes one of the signed-in person's tokens. */
    revokeMyToken: (tokenId: string) => call(apiPaths.myToken(tokenId), { method: 'DELETE' }, noContent),

    /** `GET /api/users` (admins). */
    listUsers: async (): Promise<ApiResult<PersonView[]>> => {
      const result = await get(
        apiPaths.users(),
        shaped<{ users: PersonView[] }>((v) => Array.isArray(v.users)),
      )
      return result.ok ? { ok: true, data: result.data.users.filter(isPerson) } : result
    },

    /** `POST /api/users` (admins): without a password the answer carries a generated one. */
    addUser: (person: NewPerson) =>
      sendJson(
        apiPaths.users(),
        'POST',
        person,
        shaped<AddedPerson>((v) => isPerson(v.user)),
      ),

    /** `PATCH /api/users/:id` (admins): name, role, languages. */
    updateUser: (userId: string, patch: PersonPatch) =>
      sendJson(
        apiPaths.user(userId),
        'PATCH',
        patch,
        shaped<{ user: PersonView }>((v) => isPerson(v.user)),
      ),

    /** `DELETE /api/users/:id` (admins). */
    deleteUser: (userId: string) => call(apiPaths.user(userId), { method: 'DELETE' }, noContent),

    /** `POST /api/documents`: imports the article as a new document. */
    importArticle: (input: ArticleInput) =>
      call(
        apiPaths.documents(),
        { method: 'POST', body: articleForm(input) },
        shaped<CreatedArticle>((v) => isString(v.id)),
      ),

    /** `PATCH /api/segments/:id` for a reviewer: approve or reject without touching the text (`segment.rejectNeedsComment` without a reason). */
    reviewSegment: (segmentId: string, request: ReviewRequest) =>
      sendJson(apiPaths.segment(segmentId), 'PATCH', request, shaped<Segment>(isSegment)),

    /** `GET /api/segments/:id/comments?limit=&after=`: a page of a segment's comments, newest first; `after` the `next` of the page before. */
    listComments: async (
      segmentId: string,
      page: { after?: string; limit?: number } = {},
    ): Promise<ApiResult<CommentPage>> => {
      const query = new URLSearchParams()
      if (page.limit !== undefined) query.set('limit', String(page.limit))
      if (page.after !== undefined) query.set('after', page.after)
      const read = shaped<CommentPage>(
        (v) =>
          Array.isArray(v.comments) &&
          Array.isArray(v.parents) &&
          isNumber(v.openThreads) &&
          (v.next === null || isString(v.next)),
      )
      const result = await get(apiPaths.segmentComments(segmentId, query), read)
      const comments = (list: unknown[]) => list.filter((c): c is Comment => isRecord(c) && isComment(c))
      return result.ok
        ? {
            ok: true,
            data: { ...result.data, comments: comments(result.data.comments), parents: comments(result.data.parents) },
          }
        : result
    },

    /** `POST /api/segments/:id/comments`: a new thread (optionally with an error mark) or a reply (`parentId`). */
    addComment: (segmentId: string, request: CreateComment) =>
      sendJson(apiPaths.segmentComments(segmentId), 'POST', request, shaped<Comment>(isComment)),

    /** `PATCH /api/comments/:id`: resolves or reopens the comment's thread; answers the thread's first comment. */
    setThreadResolved: (commentId: string, resolved: boolean) =>
      sendJson(apiPaths.comment(commentId), 'PATCH', { resolved }, shaped<Comment>(isComment)),

    /** `GET /api/documents/:id/translations/:lang/comments?open=&limit=&after=`: a page of a language's threads in segment order (the open ones with `openOnly`); `after` the `next` of the page before. */
    listThreads: (
      documentId: string,
      lang: string,
      { openOnly, limit, after }: { openOnly: boolean; limit?: number; after?: string },
    ): Promise<ApiResult<ThreadPage>> => {
      const query = new URLSearchParams()
      if (openOnly) query.set('open', '1')
      if (limit !== undefined) query.set('limit', String(limit))
      if (after !== undefined) query.set('after', after)
      const read = shaped<ThreadPage>(
        (v) => Array.isArray(v.threads) && isNumber(v.total) && (v.next === null || isString(v.next)),
      )
      return get(apiPaths.threads(documentId, lang, query), read)
    },

    /** `GET /api/documents/:id/quality`: the quality score per language and translator. */
    getQuality: async (documentId: string) => {
      const read = shaped<{ languages: LanguageQuality[] }>((v) => Array.isArray(v.languages))
      const result = await get(apiPaths.quality(documentId), read)
      return result.ok ? { ok: true as const, data: result.data.languages } : result
    },

    /** `POST /api/spelling/check`: the misspellings of a plain text, or `dictionary: false` for a language without one. */
    checkSpelling: (lang: string, text: string) =>
      sendJson(
        apiPaths.spellingCheck(),
        'POST',
        { lang, text },
        shaped<SpellingResult>((v) => Array.isArray(v.misspellings) && typeof v.dictionary === 'boolean'),
      ),

    /** `POST /api/spelling/dictionary/:lang`: adds a word to the language's project dictionary. */
    addSpellingWord: (lang: string, word: string) =>
      sendJson(
        apiPaths.spellingDictionary(lang),
        'POST',
        { word },
        shaped<Jsonified<SpellingWordView>>((v) => typeof v.word === 'string'),
      ),

    /**
     * `POST /api/tm/matches`: the memory's best matches for a source sentence (and its neighbours, for context).
     * A read, sent as a body: a long paragraph in a URL would pass the server's 16 KB header limit.
     */
    tmMatches: async (query: TmMatchQuery & { limit: number }): Promise<ApiResult<TmMatch[]>> => {
      const read = shaped<{ matches: TmMatch[] }>((v) => Array.isArray(v.matches))
      const result = await sendJson(apiPaths.tmMatches(), 'POST', query, read)
      return result.ok ? { ok: true, data: result.data.matches } : result
    },

    /** `GET /api/tm/concordance`: units of a pair holding a word or phrase, with the spans to highlight. */
    tmConcordance: (query: {
      srcLang: string
      tgtLang: string
      q: string
      side: ConcordanceSide
      ignoreCase: boolean
      ignoreDiacritics: boolean
    }) =>
      listed<ConcordanceHit>(
        apiPaths.tmConcordance(
          new URLSearchParams({
            ...query,
            ignoreCase: query.ignoreCase ? '1' : '0',
            ignoreDiacritics: query.ignoreDiacritics ? '1' : '0',
          }),
        ),
        'hits',
      ),

    /** `GET /api/tm/pairs`: the language pairs that have a memory. */
    tmPairs: () => listed<TmPair>(apiPaths.tmPairs(), 'pairs'),
  }
}

/** A language pair with a memory, and its size. */
export type TmPair = { srcLang: string; tgtLang: string; units: number }
export type { TmMatch, ConcordanceHit, ConcordanceSide }

export type ApiClient = ReturnType<typeof createApiClient>

let tab: string | undefined
/** This tab's id, made once per page load: sent with every request of `api`, and how its own live events are known. */
export const ownTabId = (): string => (tab ??= newTabId())

function withTab(init: RequestInit | undefined): RequestInit {
  const headers = new Headers(init?.headers)
  headers.set(TAB_HEADER, ownTabId())
  return { ...init, headers }
}

/** The client the app uses: the browser's `fetch`, looked up at call time, each request naming its tab. */
export const api: ApiClient = createApiClient((url, init) => fetch(url, withTab(init)))
