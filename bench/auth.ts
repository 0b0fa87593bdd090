// `npx tsx bench/auth.ts`: what sign-in costs each API request. The same trivial route, called in process
// on an in-memory PGlite, as nobody (public route), with a personal token, and with a session cookie.
import { newPglite } from '../lib/db/new-pglite'
import { createApiToken } from '../lib/auth/api-tokens'
import { createAuth } from '../lib/auth/auth'
import { createDb } from '../lib/db/client'
import { applyMigrations } from '../lib/db/migrate'
import { readEnv } from '../lib/env'
import { json } from '../lib/http/respond'
import { createRoute } from '../lib/http/route'
import { createUser } from '../lib/server/users/create-user'
import { quantile, round } from './stats'

const CALLS = 500
const pglite = newPglite()
await applyMigrations(pglite)
const db = createDb({ kind: 'pglite', pglite })
const env = { ...readEnv(), BETTER_AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0123' }
const auth = createAuth(db, env)
const route = createRoute({ getDb: () => db, getAuth: () => auth })

const person = await createUser(db, { email: 'bench@parallel.local', role: 'translator', password: 'bench-password' })
const { token } = await createApiToken(db, person.id, 'bench')
const signedIn = await auth.api.signInEmail({
  body: { email: 'bench@parallel.local', password: 'bench-password' },
  returnHeaders: true,
})
const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!

const open = route({ allow: 'public' }, async () => json({}))
const guarded = route({ allow: 'documents.read' }, async () => json({}))

async function time(handler: typeof open, headers: Record<string, string>) {
  const times: number[] = []
  for (let i = 0; i < CALLS; i++) {
    const start = performance.now()
    const response = await handler(new Request('http://localhost/api/x', { headers }), { params: Promise.resolve({}) })
    if (response.status !== 200) throw new Error(`status ${response.status}`)
    times.push(performance.now() - start)
  }
  return { p50: round(quantile(times, 0.5), 3), p95: round(quantile(times, 0.95), 3) }
}

await time(guarded, { cookie }) // warm-up
const results = {
  calls: CALLS,
  publicMs: await time(open, {}),
  tokenMs: await time(guarded, { authorization: `Bearer ${token}` }),
  sessionMs: await time(guarded, { cookie }),
}
console.log(JSON.stringify(results, null, 2))
await db.$disconnect()
await pglite.close()
