/**
 * Runs once when a server instance starts: it starts this instance's import worker (docs/jobs.md), so
 * jobs queued by any instance, and jobs whose instance died, are run without waiting for a request
 * here. Development starts it on the first import request instead (`ensureImportWorker`): `next dev`
 * must not open the PGlite folder before a route needs it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NODE_ENV !== 'production') return
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const [{ db }, { ensureImportWorker }, { onShutdown }] = await Promise.all([
    import('./lib/db/db'),
    import('./lib/server/jobs/import-worker'),
    import('./lib/lifecycle'),
  ])
  const worker = ensureImportWorker(db)
  // Shutting down (SIGTERM, scripts/serve.mjs): after the requests in flight, give the running job up,
  // so that another instance takes it over at once instead of after its lease; the database closes after.
  onShutdown('import worker', () => worker.stop())
}
