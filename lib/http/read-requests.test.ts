import { describe, expect, test } from 'vitest'
import { readArticleRequest } from './read-article-request'
import { readTranslationRequest } from './read-translation-request'
import { readUpload } from './import-upload'
import { errorToResponse } from './respond'

/** What a failed read answers over HTTP: its status and error code. */
async function answerOf(read: Promise<unknown>): Promise<{ status: number; code: string }> {
  const error = await read.then(
    () => expect.fail('the read succeeded'),
    (e: unknown) => e,
  )
  const response = await errorToResponse(new Request('http://localhost/api/x'), error)
  return { status: response.status, code: ((await response.json()) as { error: { code: string } }).error.code }
}

const BAD_TEXTS = ['a\u0000b', 'a\ud800b', '\udc00']

async function multipart(fields: Record<string, string>, file?: { name: string; text: string }): Promise<Request> {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.set(k, v)
  if (file) form.set('file', new File([file.text], file.name))
  const encoded = new Response(form)
  const body = await encoded.arrayBuffer()
  const headers = { 'content-type': encoded.headers.get('content-type')!, 'content-length': String(body.byteLength) }
  return new Request('http://localhost/api/x', { method: 'POST', headers, body })
}

const jsonRequest = (body: unknown) =>
  new Request('http://localhost/api/x', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

const TMX = '<tmx version="1.4"><header srclang="en"/><body></body></tmx>'

describe('requests refuse text PostgreSQL cannot store (NUL, lone surrogates) as a validation error', () => {
  // FormData and URLs carry only well-formed text (a lone surrogate becomes U+FFFD), so they can only bring a NUL.
  test('a raw upload’s fileName with a NUL', async () => {
    const request = new Request('http://localhost/api/imports?fileName=a%00.tmx', {
      method: 'POST',
      body: TMX,
      duplex: 'half',
    } as RequestInit)
    await expect(readUpload(request)).rejects.toMatchObject({ code: 'validation.text' })
  })

  test('a multipart upload’s documentId with a NUL', async () => {
    const request = await multipart({ documentId: 'a\u0000b' }, { name: 'a.tmx', text: TMX })
    await expect(readUpload(request)).rejects.toMatchObject({ code: 'validation.text' })
  })

  test.each(BAD_TEXTS)('an article title %j in JSON', async (title) => {
    const read = readArticleRequest(jsonRequest({ title, sourceLang: 'en', text: 'Hello.' }), { requireTitle: true })
    expect(await answerOf(read)).toEqual({ status: 400, code: 'validation.text' })
  })

  test('an article title with a NUL in a form', async () => {
    expect(
      await answerOf(
        readArticleRequest(await multipart({ title: 'a\u0000b', text: 'Hello.' }), { requireTitle: true }),
      ),
    ).toEqual({ status: 400, code: 'validation.text' })
  })

  test('an uploaded article’s file name', async () => {
    const request = await multipart({ title: 'T' }, { name: 'a\u0000.txt', text: 'Hello.' })
    expect(await answerOf(readArticleRequest(request, { requireTitle: true }))).toEqual({
      status: 400,
      code: 'validation.text',
    })
  })

  test('a translation language that is not a tag is refused, naming it', async () => {
    await expect(readTranslationRequest(jsonRequest({ lang: 'x/../..' }))).rejects.toMatchObject({
      code: 'language.invalid',
      details: { lang: 'x/../..' },
    })
    await expect(readTranslationRequest(await multipart({ lang: 'x/../..', text: 'Привет.' }))).rejects.toMatchObject({
      code: 'language.invalid',
    })
  })
})

describe('JSON bodies sent without a length are bounded while they stream', () => {
  // A chunked body has no Content-Length to check up front: reading it whole would hold any size in memory.
  const MB = 1 << 20
  function streamed(megabytes: number) {
    let pulled = 0
    const head = new TextEncoder().encode('{"lang":"ru","sourceLang":"en","title":"t","text":"')
    const chunk = new TextEncoder().encode('x'.repeat(MB))
    const request = new Request('http://localhost/api/x', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream<Uint8Array>({
        pull(controller) {
          if (pulled === 0) controller.enqueue(head)
          if (pulled < megabytes) controller.enqueue(chunk)
          else {
            controller.enqueue(new TextEncoder().encode('"}'))
            controller.close()
          }
          pulled++
        },
      }),
      duplex: 'half',
    } as RequestInit)
    return { request, pulledMegabytes: () => pulled }
  }

  test('an article is refused as too large before the body is read past the upload limit', async () => {
    const body = streamed(64)
    await expect(readArticleRequest(body.request, { requireTitle: true })).rejects.toMatchObject({ status: 413 })
    expect(body.pulledMegabytes()).toBeLessThan(10)
  })

  test('a translation text is refused as too large before the body is read past the upload limit', async () => {
    const body = streamed(64)
    await expect(readTranslationRequest(body.request)).rejects.toMatchObject({ status: 413 })
    expect(body.pulledMegabytes()).toBeLessThan(10)
  })
})

/** A body that sends its first bytes, then fails, as when the client goes away mid-upload. */
function abortedRequest(contentType: string, first: string): Request {
  let sent = false
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent) return controller.error(new TypeError('terminated'))
      sent = true
      controller.enqueue(new TextEncoder().encode(first))
    },
  })
  const headers = { 'content-type': contentType, 'content-length': '100000' }
  return new Request('http://localhost/api/x', { method: 'POST', headers, body, duplex: 'half' } as RequestInit)
}

describe('a body the client stops sending is a validation error, not a server fault', () => {
  const form = 'multipart/form-data; boundary=XyZ'
  const part = '--XyZ\r\nContent-Disposition: form-data; name="title"\r\n\r\nHalf'

  test('an article form', async () => {
    await expect(readArticleRequest(abortedRequest(form, part), { requireTitle: true })).rejects.toMatchObject({
      code: 'validation.invalid',
      status: 400,
    })
  })

  test('a translation form', async () => {
    await expect(readTranslationRequest(abortedRequest(form, part))).rejects.toMatchObject({
      code: 'validation.invalid',
    })
  })

  test('a multipart import upload', async () => {
    await expect(readUpload(abortedRequest(form, part))).rejects.toMatchObject({ code: 'validation.invalid' })
  })

  test('a JSON article body', async () => {
    await expect(
      readArticleRequest(abortedRequest('application/json', '{"title":"Half'), { requireTitle: true }),
    ).rejects.toMatchObject({ code: 'validation.invalid' })
  })
})

describe('an article form is validated by the rules of a JSON article', () => {
  test('a title longer than 500 characters', async () => {
    const request = await multipart({ title: 'я'.repeat(501), text: 'Hello.' })
    expect(await answerOf(readArticleRequest(request, { requireTitle: true }))).toEqual({
      status: 400,
      code: 'validation.invalid',
    })
  })

  test('a title longer than 500 characters beside a file', async () => {
    const request = await multipart({ title: 'я'.repeat(501) }, { name: 'a.txt', text: 'Hello.' })
    expect(await answerOf(readArticleRequest(request, { requireTitle: true }))).toEqual({
      status: 400,
      code: 'validation.invalid',
    })
  })

  test('a file name longer than 255 characters', async () => {
    const request = await multipart({ title: 'T' }, { name: `${'a'.repeat(300)}.txt`, text: 'Hello.' })
    expect(await answerOf(readArticleRequest(request, { requireTitle: true }))).toEqual({
      status: 400,
      code: 'validation.invalid',
    })
  })

  test('a title within the limit is kept', async () => {
    const request = await multipart({ title: ` ${'я'.repeat(500)} `, text: 'Hello.' })
    expect((await readArticleRequest(request, { requireTitle: true })).title).toBe('я'.repeat(500))
  })
})

describe('an article title is stored on one line', () => {
  const messy = ' Line one\r\nLine\ttwo\u0007\u0085three\u2028 '

  test('a JSON title has its line breaks and control characters collapsed into single spaces', async () => {
    const article = await readArticleRequest(jsonRequest({ title: messy, sourceLang: 'en', text: 'Hello.' }), {
      requireTitle: true,
    })
    expect(article.title).toBe('Line one Line two three')
  })

  test('a form title, beside text or a file, is collapsed the same way', async () => {
    const text = await readArticleRequest(await multipart({ title: messy, text: 'Hello.' }), { requireTitle: true })
    expect(text.title).toBe('Line one Line two three')
    const file = await readArticleRequest(await multipart({ title: messy }, { name: 'a.txt', text: 'Hello.' }), {
      requireTitle: true,
    })
    expect(file.title).toBe('Line one Line two three')
  })

  test('a title taken from an uploaded file is collapsed too', async () => {
    const html = '<html><head><title>First\u0001second</title></head><body><p>Hello.</p></body></html>'
    const article = await readArticleRequest(await multipart({}, { name: 'a.html', text: html }), {
      requireTitle: true,
    })
    expect(article.title).toBe('First second')
  })

  test('a title of nothing but line breaks and control characters is refused as missing', async () => {
    const request = jsonRequest({ title: '\r\n\u0007\t', sourceLang: 'en', text: 'Hello.' })
    expect(await answerOf(readArticleRequest(request, { requireTitle: true }))).toEqual({
      status: 400,
      code: 'validation.invalid',
    })
  })
})

describe('an exchange upload’s file name is at most 255 characters, as the article form’s', () => {
  test('a raw upload with a 300-character fileName is refused', async () => {
    const request = new Request(`http://localhost/api/imports?fileName=${'a'.repeat(296)}.tmx`, {
      method: 'POST',
      body: TMX,
      duplex: 'half',
    } as RequestInit)
    await expect(readUpload(request)).rejects.toMatchObject({ code: 'validation.invalid' })
  })

  test('a multipart upload with a 300-character file name is refused', async () => {
    const request = await multipart({}, { name: `${'a'.repeat(296)}.tmx`, text: TMX })
    await expect(readUpload(request)).rejects.toMatchObject({ code: 'validation.invalid' })
  })
})
