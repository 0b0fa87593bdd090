import { readFileSync } from 'node:fs'
import { test as base, expect, type Page } from '@playwright/test'
import type { Role } from '../lib/auth/permissions'
import { storageStateOf } from './auth-state'

type TestDocument = { id: string; title: string }

const ARTICLE = readFileSync('prisma/seed/article.txt', 'utf8')
  .split(/\n\s*\n/)
  .slice(2, -1)
  .join('\n\n')

/** Each test imports its own copy of the demo article through the API and adds Russian (R13). */
/**
 * Tests run signed in as the demo admin. `signedInAs(role)` opens a page in a browser context of its
 * own, signed in as the demo translator or reviewer of Russian (or the admin), closed after the test.
 */
export const test = base.extend<{ document: TestDocument; signedInAs: (role: Role) => Promise<Page> }>({
  signedInAs: async ({ browser }, use) => {
    const contexts: Array<{ close: () => Promise<void> }> = []
    await use(async (role) => {
      const context = await browser.newContext({ storageState: storageStateOf(role), locale: 'en-US' })
      contexts.push(context)
      return context.newPage()
    })
    for (const context of contexts) await context.close()
  },
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
