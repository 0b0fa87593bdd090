import { describe, expect, test } from 'vitest'
import { isAppError } from '../errors'
import { writeZip } from '../import/test-fixtures/zip'
import { readFolderUpload } from './read-folder-upload'

/** A multipart request as a browser sends it, with its Content-Length. */
async function formRequest(fields: Record<string, string | File | File[]>): Promise<Request> {
  const form = new FormData()
  for (const [key, value] of Object.entries(fields))
    for (const item of Array.isArray(value) ? value : [value]) form.append(key, item)
  const draft = new Request('http://localhost/api/folder-imports', { method: 'POST', body: form })
  const body = await draft.arrayBuffer()
  return new Request(draft.url, {
    method: 'POST',
    body,
    headers: { 'content-type': draft.headers.get('content-type')!, 'content-length': String(body.byteLength) },
  })
}

async function refusal(fields: Record<string, string | File | File[]>) {
  try {
    await readFolderUpload(await formRequest(fields))
  } catch (error) {
    if (isAppError(error)) return { code: error.code, ...error.details }
    throw error
  }
  return null
}

const zipFile = (name: string, entries: Array<[string, string]>) =>
  new File([Buffer.from(writeZip(entries.map(([n, data]) => ({ name: n, data }))))], name)
const text = (name: string, content: string) => new File([content], name)

describe('readFolderUpload', () => {
  test('pairs the files of two zips', async () => {
    const upload = await readFolderUpload(
      await formRequest({
        sourceLang: 'de',
        targetLang: 'fr',
        sourceZip: zipFile('de.zip', [
          ['a.txt', 'Hallo.'],
          ['b.txt', 'Allein.'],
        ]),
        targetZip: zipFile('fr.zip', [['a.md', 'Salut.']]),
      }),
    )
    expect(upload.pairing.pairs.map((p) => [p.name, p.source.name, p.target.name])).toEqual([['a', 'a.txt', 'a.md']])
    expect(upload.pairing.unpaired).toEqual([{ fileName: 'b.txt', reason: 'noCounterpart' }])
    expect(upload).toMatchObject({ sourceLang: 'de', targetLang: 'fr', label: 'de.zip + fr.zip' })
  })

  test('pairs many files by the language in their names', async () => {
    const upload = await readFolderUpload(
      await formRequest({
        sourceLang: 'de',
        targetLang: 'fr',
        files: [text('x.de.txt', 'Ja.'), text('x.fr.txt', 'Oui.')],
      }),
    )
    expect(upload.pairing.pairs.map((p) => p.name)).toEqual(['x'])
  })

  test('refuses a form without files, the same language twice, nothing that pairs, and hostile names', async () => {
    expect(await refusal({ sourceLang: 'de', targetLang: 'fr' })).toEqual({ code: 'import.folderFiles' })
    expect(await refusal({ sourceLang: 'de', targetLang: 'fr', files: [text('x.de.txt', 'Ja.')] })).toEqual({
      code: 'import.folderFiles',
    })
    expect(
      await refusal({ sourceLang: 'de', targetLang: 'DE', files: [text('x.de.txt', 'Ja.'), text('x.fr.txt', 'Oui.')] }),
    ).toEqual({ code: 'translation.sameAsSource' })
    expect(
      await refusal({ sourceLang: 'de', targetLang: 'fr', files: [text('x.de.txt', 'Ja.'), text('y.fr.txt', 'Oui.')] }),
    ).toEqual({ code: 'import.noPairs', unpaired: 2 })
    expect(
      await refusal({
        sourceLang: 'de',
        targetLang: 'fr',
        files: [text('../x.de.txt', 'Ja.'), text('x.fr.txt', 'Oui.')],
      }),
    ).toEqual({ code: 'import.unsafeName', name: '../x.de.txt' })
    expect(
      await refusal({
        sourceLang: 'de',
        targetLang: 'fr',
        sourceZip: new File(['not a zip'], 'de.zip'),
        targetZip: zipFile('fr.zip', [['a.txt', 'Salut.']]),
      }),
    ).toEqual({ code: 'import.zipUnreadable', file: 'de.zip' })
  })
})
