import { getDb } from './client'

/** The server's shared client; import this from routes and pages. */
export const db = getDb()
