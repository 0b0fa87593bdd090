import { readFileSync } from 'node:fs'
import { test as base, expect } from '@playwright/test'

type TestDocument = { id: string; title: string }

const ARTICLE = readFileSync('prisma/seed/article.txt', 'utf8')
  .split(/\n\s*\n/)
  .slice(2, -1)
  .join('\n\n')

/** Each test imports its own copy of the demo article through the API and adds Russian (R13). */
export const test = base.extend<{ document: TestDocument }>({
  document: async ({ request }, use, testInfo) => {
    const title = `Demo ${testInfo.testId} ${Date.now()}`
    const created = await request.post('/api/documents', { data: { title, sourceLang: 'en', text: ARTICLE } })
    expect(created.status()).toBe(201)
    const { id } = (await created.json()) as { id: string }
    expect((await request.post(`/api/documents/${id}/translations`, { data: { lang: 'ru' } })).status()).toBe(201)
    await use({ id, title })
  },
})

export { expect }
