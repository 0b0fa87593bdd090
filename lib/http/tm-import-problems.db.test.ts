import { describe, expect, test } from 'vitest'
import { POST as importGlossaryFile } from '@/app/api/glossary/import/route'
import { GET as getJob } from '@/app/api/imports/[jobId]/route'
import { POST as importTm } from '@/app/api/tm/import/route'
import { createTestActor } from '@/lib/db/test/factories'
import { routeTestSetup } from '@/lib/http/test/route-test-setup'
import { queueFileImport } from '@/lib/server/jobs/import-worker'
import { importTestWorker } from '@/lib/server/jobs/test/import-test-worker'
import { TM_IMPORT_KIND } from '@/lib/server/tm/run-tm-import-job'
import en from '@/lib/i18n/locales/en.json'
import ko from '@/lib/i18n/locales/ko.json'
import ru from '@/lib/i18n/locales/ru.json'

// The memory and glossary imports answer their problems in the caller's language, as document imports do.
const setup = routeTestSetup('tm-problems', 'admin')

// Not well-formed: a `<tu>` closed as `</tuv>`.
const BROKEN_TMX =
  '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>' +
  '<tu><tuv xml:lang="en"><seg>One.</seg></tuv><tuv xml:lang="ru"><seg>Один.</seg></tuv></tuv></body></tmx>'
const BROKEN_TBX =
  '<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>' +
  '<conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>contract</term></termSec></langSec></conceptEntry></langSec></body></text></tbx>'

const LOCALES = { en, ru, ko }
const MALFORMED = { ru: ru.errors.import.malformedXml, ko: ko.errors.import.malformedXml }

type Handler = (request: Request, context: { params: Promise<unknown> }) => Promise<Response>
const send = (handler: Handler, path: string, lang: string, body?: string, params: Record<string, string> = {}) =>
  handler(
    new Request(`http://localhost/api/${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      body,
      headers: {
        'content-type': 'application/octet-stream',
        authorization: `Bearer ${setup.token}`,
        'accept-language': lang,
      },
    }),
    { params: Promise.resolve(params) },
  )

type Problem = { code: string; message: string; detail?: string }
const problemsOf = async (response: Response) =>
  ((await response.json()) as { error: { code: string; problems: Problem[] } }).error

describe('TM and glossary import problems', () => {
  test.each(['ru', 'ko'] as const)(
    'a malformed TMX into the memory is refused with its problems in %s',
    async (lang) => {
      const response = await send(importTm, 'tm/import?srcLang=en&tgtLang=ru&fileName=broken.tmx', lang, BROKEN_TMX)
      expect(response.status).toBe(422)
      const error = await problemsOf(response)
      expect(error.code).toBe('import.invalidFile')
      expect(error.problems).toEqual([
        expect.objectContaining({ code: 'import.malformedXml', message: expect.stringContaining(MALFORMED[lang]) }),
      ])
      expect(error.problems[0]!.detail).toEqual(expect.any(String))
    },
  )

  test.each(['ru', 'ko'] as const)('a malformed TBX glossary is refused with its problems in %s', async (lang) => {
    const response = await send(
      importGlossaryFile,
      'glossary/import?srcLang=en&tgtLang=ru&format=tbx&fileName=broken.tbx',
      lang,
      BROKEN_TBX,
    )
    expect(response.status).toBe(422)
    const error = await problemsOf(response)
    expect(error.code).toBe('import.invalidFile')
    expect(error.problems).toEqual([
      expect.objectContaining({ code: 'import.malformedXml', message: expect.stringContaining(MALFORMED[lang]) }),
    ])
  })

  test('a TMX import job that failed reports its error and problems in the language of whoever reads it', async () => {
    const job = await queueFileImport(setup.db, {
      kind: TM_IMPORT_KIND,
      fileName: 'broken.tmx',
      size: Buffer.byteLength(BROKEN_TMX),
      totalPerByte: 1,
      bytes: BROKEN_TMX,
      options: { actorId: (await createTestActor(setup.db)).id, sourceLang: 'en', targetLang: 'ru' },
    })
    await importTestWorker(setup.db).runJob(job.id)
    for (const lang of ['ru', 'ko'] as const) {
      const response = await send(getJob, `imports/${job.id}`, lang, undefined, { jobId: job.id })
      expect(response.status).toBe(200)
      const { status, error } = (await response.json()) as {
        status: string
        error: { code: string; message: string; problems: Problem[] }
      }
      expect(status).toBe('failed')
      expect(error.code).toBe('import.invalidFile')
      expect(error.message).toBe(LOCALES[lang].errors.import.invalidFile)
      expect(error.problems).toEqual([
        expect.objectContaining({ code: 'import.malformedXml', message: expect.stringContaining(MALFORMED[lang]) }),
      ])
    }
  })

  test.each(['en', 'ru', 'ko'] as const)(
    'a file that is not TMX is refused as the memory taking TMX only, in %s',
    async (lang) => {
      const xliff =
        '<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="ru"><file id="f"><unit id="u"><segment><source>One.</source><target>Один.</target></segment></unit></file></xliff>'
      for (const [fileName, body] of [
        ['memory.xlf', xliff],
        ['notes.txt', 'Just some text.'],
      ] as const) {
        const response = await send(importTm, `tm/import?srcLang=en&tgtLang=ru&fileName=${fileName}`, lang, body)
        expect(response.status).toBe(415)
        const error = await problemsOf(response)
        expect(error).toMatchObject({ code: 'import.notTmx', message: LOCALES[lang].errors.import.notTmx })
      }
    },
  )
})
