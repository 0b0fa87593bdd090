// TODO(#9): stand-in until the lead's page guard lands on main; on merge, take main's version of this file.
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'
import { resolveActor } from '../auth/actor'
import { can, type Action, type Actor } from '../auth/permissions'
import { getAuth } from '../auth/server-auth'
import { db } from '../db/db'

/** The signed-in person of the page being rendered, or null. */
export async function getPageActor(): Promise<Actor | null> {
  return resolveActor(new Request('http://page.local/', { headers: await headers() }), db, getAuth)
}

/** The guard of a page: the signed-in person, who may do `action` (in `lang`); `from` is where sign-in returns. */
export async function requirePageActor(
  _from: string,
  options: { action?: Action; lang?: string } = {},
): Promise<Actor> {
  const actor = await getPageActor()
  if (!actor || !can(actor, options.action ?? 'documents.read', options.lang)) notFound()
  return actor
}
