import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { defineConfig } from 'prisma/config'

// The CLI (migrate deploy) runs in WebAssembly through a driver adapter: PGlite in a data
// folder by default, a PostgreSQL server when DATABASE_URL is set. Nothing is downloaded.
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  async adapter() {
    const url = process.env.DATABASE_URL
    if (url) {
      const { PrismaPg } = await import('@prisma/adapter-pg')
      return new PrismaPg({ connectionString: url })
    }
    const dataDir = path.resolve(process.env.PARALLEL_DATA_DIR ?? path.join('.data', 'pglite'))
    mkdirSync(path.dirname(dataDir), { recursive: true })
    const { newPglite } = await import('./lib/db/new-pglite')
    const { PrismaPGlite } = await import('pglite-prisma-adapter')
    return new PrismaPGlite(newPglite({ dataDir }))
  },
})
