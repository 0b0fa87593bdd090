import type { NextConfig } from 'next'
import packageJson from './package.json' with { type: 'json' }

/**
 * Headers on every response: no framing (clickjacking), no MIME sniffing, no referrer to other sites,
 * and a Content-Security-Policy that allows only this origin. Next's hydration needs inline scripts;
 * the dev server also needs eval and its websocket.
 */
function securityHeaders(dev: boolean) {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
  return [
    { key: 'Content-Security-Policy', value: csp },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  ]
}

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
    // libxml2 as WebAssembly, instantiated with top-level await from its own module (lib/formats/libxml2-engine.ts).
    'libxml2-wasm',
    // Hunspell dictionaries read their files beside their own module at run time (lib/server/spelling).
    'nspell',
    ...Object.keys(packageJson.dependencies).filter((name) => name.startsWith('dictionary-')),
  ],
  poweredByHeader: false,
  typedRoutes: false,
  // `forbidden()` renders app/forbidden.tsx with status 403 (lib/http/page-auth.ts).
  experimental: { authInterrupts: true },
  headers: async () => [{ source: '/:path*', headers: securityHeaders(process.env.NODE_ENV !== 'production') }],
}

export default config
