import type { NextConfig } from 'next'

const config: NextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run time.
  serverExternalPackages: [
    '@electric-sql/pglite',
    '@electric-sql/pglite-socket',
    'pglite-prisma-adapter',
    '@prisma/client',
    '@prisma/adapter-pg',
    'pg',
    'mammoth',
  ],
  poweredByHeader: false,
  typedRoutes: false,
}

export default config
