// Serves the production build (`next build` first) in place of `next start`, for one reason: a graceful
// stop. On SIGTERM or SIGINT it stops taking connections, lets the requests in flight finish, waits for
// the background work they started, closes the database (a PGlite folder is shut down cleanly) and exits 0.
// `next start` cannot: it exits before the app can close anything, with NEXT_MANUAL_SIG_HANDLE the app
// cannot reach the server to stop it (docs/decisions/016-graceful-shutdown.md). It also gives every request
// an id (`x-request-id`, kept from a load balancer when well-formed), logs one JSON line per request and
// tells the app the client's address (`x-parallel-client-address`: the socket's peer, or the address a
// trusted proxy saw when PARALLEL_TRUSTED_PROXIES is set; lib/http/client-address.mjs).
//
// Usage: node scripts/serve.mjs [-p PORT] [-H HOST] [--keepAliveTimeout MS]  (PORT also from the environment;
// -p 0 picks a free port, logged in the "ready" line). Plain JavaScript: it runs before any bundle, so it
// reads its few settings from process.env itself (lib/env.ts lists them with the others).
import { randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import { parseArgs } from 'node:util'
import pino from 'pino'
import { CLIENT_ADDRESS_HEADER, clientAddress, trustedProxyCount } from '../lib/http/client-address.mjs'

process.env.NODE_ENV = 'production' // as `next start` does, before Next and React load
const { default: next } = await import('next')

const { values } = parseArgs({
  options: {
    port: { type: 'string', short: 'p' },
    hostname: { type: 'string', short: 'H' },
    keepAliveTimeout: { type: 'string' },
  },
})
const port = Number(values.port ?? process.env.PORT ?? 3000)
const hostname = values.hostname ?? '0.0.0.0'
const drainTimeoutMs = Number(process.env.PARALLEL_SHUTDOWN_TIMEOUT_MS ?? 30_000)
const trustedProxies = trustedProxyCount(process.env.PARALLEL_TRUSTED_PROXIES)
const log = pino({ level: process.env.LOG_LEVEL ?? 'info', base: { pid: process.pid } })

// The app's side of the shutdown (lib/lifecycle.ts): draining flag, background tasks, shutdown hooks.
const LIFECYCLE = Symbol.for('parallel.lifecycle')
const appLifecycle = () => globalThis[LIFECYCLE]

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/
let draining = false
let handle
let resolveReady
const prepared = new Promise((resolve) => (resolveReady = resolve))

const server = createServer((req, res) => {
  const given = req.headers['x-request-id']
  const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID()
  req.headers['x-request-id'] = requestId
  res.setHeader('x-request-id', requestId)
  // The client's address for limits per address (sign-in), never one the client made up.
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(
    req.headers['x-forwarded-for'],
    req.socket.remoteAddress,
    trustedProxies,
  )
  // Once draining, every answer closes its connection, so keep-alive clients go to another instance.
  if (draining) res.setHeader('connection', 'close')
  const started = performance.now()
  const path = (req.url ?? '').split('?')[0]
  log.debug({ requestId, method: req.method, path }, 'request received')
  res.once('close', () => {
    const entry = {
      requestId,
      method: req.method,
      path,
      status: res.statusCode,
      ms: Math.round(performance.now() - started),
      ...(res.writableFinished ? {} : { aborted: true }),
    }
    if (path.startsWith('/_next/')) log.debug(entry, 'request')
    else log.info(entry, 'request')
    if (draining) server.closeIdleConnections()
  })
  prepared
    .then(() => handle(req, res))
    .catch((error) => {
      log.error({ err: error, requestId, method: req.method, path }, 'request failed')
      if (!res.headersSent) res.statusCode = 500
      res.end()
    })
})
if (values.keepAliveTimeout) server.keepAliveTimeout = Number(values.keepAliveTimeout)

await new Promise((resolve, reject) => {
  server.once('error', reject)
  server.listen(port, hostname, resolve)
})
const address = server.address()
const listeningPort = typeof address === 'object' && address ? address.port : port
const app = next({ dev: false, hostname, port: listeningPort, dir: process.cwd() })
await app.prepare()
handle = app.getRequestHandler()
resolveReady()
log.info({ port: listeningPort, hostname }, 'ready')

async function shutdown(signal) {
  if (draining) return
  draining = true
  appLifecycle()?.drain()
  const closed = new Promise((resolve) => server.close(resolve))
  server.closeIdleConnections()
  log.info({ signal }, 'shutting down: no new connections, finishing the requests in flight')
  const timer = setTimeout(() => {
    log.warn({ drainTimeoutMs }, 'requests still running after the drain timeout: closing their connections')
    server.closeAllConnections()
  }, drainTimeoutMs)
  timer.unref()
  await closed
  clearTimeout(timer)
  let failed = false
  await app.close().catch((error) => {
    failed = true
    log.error({ err: error }, 'shutdown step failed: next')
  })
  await appLifecycle()?.close((hook, error) => {
    failed = true
    log.error({ err: error, hook }, `shutdown step failed: ${hook}`)
  })
  log.info({ exitCode: failed ? 1 : 0 }, 'stopped')
  process.exit(failed ? 1 : 0)
}

for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => void shutdown(signal))
