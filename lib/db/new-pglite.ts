import { PGlite, type PGliteOptions } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'

/**
 * The one way to open a PGlite: with the extensions the migrations create (pg_trgm, the index of the
 * translation memory). PGlite ships them in its package, so nothing is downloaded.
 */
export function newPglite(options: PGliteOptions = {}): PGlite {
  return new PGlite({ ...options, extensions: { ...options.extensions, pg_trgm } })
}
