import { headers } from 'next/headers'
import { forbidden, redirect } from 'next/navigation'
import { resolveActor } from '../auth/actor'
import { can, type Action, type Actor } from '../auth/permissions'
import { getAuth } from '../auth/server-auth'
import { db } from '../db/db'
import { pagePaths } from '../paths'

/** The signed-in person of the page being rendered, or null. */
export async function getPageActor(): Promise<Actor | null> {
  const request = new Request('http://page.local/', { headers: await headers() })
  return resolveActor(request, db, getAuth)
}

/**
 * The guard of every page: the signed-in person, who may do `action` (in `lang`). Nobody signed in is
 * sent to the sign-in page, coming back to `from` afterwards; someone not allowed gets the 403 page.
 */
export async function requirePageActor(from: string, options: { action?: Action; lang?: string } = {}): Promise<Actor> {
  const actor = await getPageActor()
  if (!actor) redirect(pagePaths.signIn(from))
  if (!can(actor, options.action ?? 'documents.read', options.lang)) forbidden()
  return actor
}
