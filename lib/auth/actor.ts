import type { Db } from '../db/client'
import { ownerOfToken } from './api-tokens'
import type { Auth } from './auth'
import { isRole, type Actor } from './permissions'

/**
 * Who sent the request: the owner of a personal API token (`Authorization: Bearer <token>`), else the
 * person of a live session cookie, else nobody. A malformed or unknown token is nobody: it never falls
 * back to the cookie.
 */
export async function resolveActor(request: Request, db: Db, auth: () => Auth): Promise<Actor | null> {
  const header = request.headers.get('authorization')
  if (header !== null) {
    const match = /^Bearer +([\x21-\x7e]+)$/i.exec(header.trim())
    const owner = match ? await ownerOfToken(db, match[1]!) : null
    return owner ? { ...owner, role: isRole(owner.role) ? owner.role : 'translator', via: 'token' } : null
  }
  if (!/(^|;\s*)(__Secure-)?better-auth\.session_token=/.test(request.headers.get('cookie') ?? '')) return null
  const session = await auth().api.getSession({ headers: request.headers })
  if (!session) return null
  const { id, name, email, role, langs } = session.user as typeof session.user & { role: string; langs?: string[] }
  return { id, name, email, role: isRole(role) ? role : 'translator', langs: langs ?? [], via: 'session' }
}

/**
 * True for a request a browser sent from another site. State-changing requests authenticated by
 * cookie must come from the app's own pages (CSRF); tokens are not sent by browsers on their own.
 */
export function isCrossSite(request: Request, ownOrigin: string): boolean {
  const site = request.headers.get('sec-fetch-site')
  if (site) return site !== 'same-origin' && site !== 'none'
  const origin = request.headers.get('origin')
  return origin !== null && origin !== ownOrigin
}
