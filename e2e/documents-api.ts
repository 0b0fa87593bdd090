import type { APIRequestContext } from '@playwright/test'
import { expect } from './fixtures'

/** A document with these paragraphs and a Russian translation, made through the API; its segment ids in order. */
export async function makeDocumentWithRussian(request: APIRequestContext, title: string, paragraphs: string[]) {
  const created = await request.post('/api/documents', {
    data: { title, sourceLang: 'en', text: paragraphs.join('\n\n') },
  })
  expect(created.status()).toBe(201)
  const { id } = (await created.json()) as { id: string }
  expect((await request.post(`/api/documents/${id}/translations`, { data: { lang: 'ru' } })).status()).toBe(201)
  const translation = await request.get(`/api/documents/${id}/translations/ru`)
  const { rows } = (await translation.json()) as { rows: Array<{ targets: Array<{ id: string }> }> }
  return { id, segmentIds: rows.map((row) => row.targets[0]!.id) }
}
