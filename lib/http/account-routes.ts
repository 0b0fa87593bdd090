import { createApiToken, listApiTokens, revokeApiToken } from '../auth/api-tokens'
import { listPeople } from '../db/users'
import { addUser } from '../server/users/add-user'
import { deleteUser } from '../server/users/delete-user'
import { updateUser } from '../server/users/update-user'
import { AddUserSchema, CreateTokenSchema, IdParams, PatchUserSchema } from './account-schemas'
import { json } from './respond'
import type { createRoute } from './route'

type Route = ReturnType<typeof createRoute>
const noContent = () => new Response(null, { status: 204 })

/**
 * The account routes (/api/me, /api/me/tokens, /api/users), made for one `route()`: the app's files
 * under app/api pass the shared one, tests their own database's.
 */
export function accountRoutes(route: Route) {
  return {
    /** `GET /api/me`: who is signed in. */
    me: {
      GET: route({ allow: 'signedIn' }, async ({ actor }) => {
        const { id, name, email, role, langs } = actor
        return json({ id, name, email, role, langs })
      }),
    },
    /** `/api/me/tokens`: the caller's personal API tokens. A token may make another (it already acts as its owner). */
    tokens: {
      GET: route({ allow: 'signedIn' }, async ({ db, actor }) => json({ tokens: await listApiTokens(db, actor.id) })),
      POST: route({ allow: 'signedIn', body: CreateTokenSchema }, async ({ db, actor, body }) => {
        const { token, info } = await createApiToken(db, actor.id, body.label)
        return json({ ...info, token }, 201)
      }),
    },
    /** `DELETE /api/me/tokens/:id`: revokes one of the caller's tokens; anyone else's is 404. */
    token: {
      DELETE: route({ allow: 'signedIn', params: IdParams }, async ({ db, actor, params }) => {
        await revokeApiToken(db, actor.id, params.id)
        return noContent()
      }),
    },
    /** `/api/users`: everyone, and adding a person (admins). */
    users: {
      GET: route({ allow: 'users.manage' }, async ({ db }) => json({ users: await listPeople(db) })),
      POST: route({ allow: 'users.manage', body: AddUserSchema }, async ({ db, body }) => {
        const { user, password } = await addUser(db, body)
        return json({ user, ...(password ? { password } : {}) }, 201)
      }),
    },
    /** `/api/users/:id`: change a person's name, role, languages; delete them (admins). */
    user: {
      PATCH: route({ allow: 'users.manage', params: IdParams, body: PatchUserSchema }, async ({ db, params, body }) =>
        json({ user: await updateUser(db, params.id, body) }),
      ),
      DELETE: route({ allow: 'users.manage', params: IdParams }, async ({ db, actor, params }) => {
        await deleteUser(db, actor, params.id)
        return noContent()
      }),
    },
  }
}
