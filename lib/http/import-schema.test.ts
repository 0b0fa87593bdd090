import { readdirSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { POST as check } from '@/app/api/check/route'
import { POST as importFile } from '@/app/api/imports/route'
import { routeTestSetup } from '@/lib/http/test/route-test-setup'

// The schema step runs wherever the app reads an XLIFF 2 file: a check, and a direct import (both through
// checkExchangeFile); background jobs are covered in lib/server/imports/import-exchange-file.db.test.ts.
const setup = routeTestSetup('import-schema', 'admin')

// Well-formed and breaking no rule the reader checks, but `translate` may only be yes or no.
const BROKEN = [
  '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="ru">',
  '<file id="f1">',
  '  <unit id="u1" translate="maybe"><segment><source>One.</source><target>Один.</target></segment></unit>',
  '</file>',
  '</xliff>',
].join('\n')

const post = (handler: typeof check, path: string) =>
  handler(
    new Request(`http://localhost/api/${path}?fileName=broken.xlf`, {
      method: 'POST',
      body: BROKEN,
      headers: {
        'content-type': 'application/octet-stream',
        authorization: `Bearer ${setup.token}`,
        'accept-language': 'ru',
      },
    }),
    { params: Promise.resolve({}) },
  )

const schemaProblem = {
  code: 'check.schema',
  severity: 'error',
  line: 3,
  column: 3,
  message: expect.stringMatching(/^Файл нарушает схему своего формата: Element 'unit', attribute 'translate'/),
}

describe('XLIFF 2 schema errors in the app', () => {
  test('POST /api/check lists them, translated, with line and column', async () => {
    const response = await post(check, 'check')
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ ok: false, problems: [schemaProblem] })
  })

  test('POST /api/imports refuses the file and imports nothing', async () => {
    const before = await setup.db.document.count()
    const response = await post(importFile, 'imports')
    expect(response.status).toBe(422)
    expect(await response.json()).toMatchObject({ error: { code: 'import.invalidFile', problems: [schemaProblem] } })
    expect(await setup.db.document.count()).toBe(before)
    expect(readdirSync(setup.dir)).toEqual([])
  })
})
