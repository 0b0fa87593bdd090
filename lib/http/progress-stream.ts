import { isAppError } from '../errors'
import { errorResponse } from './respond'

/** True when the client asked for progress lines (`Accept: application/x-ndjson`). */
export function wantsProgress(request: Request): boolean {
  return (request.headers.get('accept') ?? '').includes('application/x-ndjson')
}

/**
 * Runs a long task and streams newline-delimited JSON: `{"progress":0.4}` lines while it runs, then
 * `{"result":…}` with `status`, or `{"error":{code,message}}` with the status it would have had.
 */
export function streamProgress(
  request: Request,
  status: number,
  run: (report: (fraction: number) => Promise<void>) => Promise<unknown>,
): Response {
  const encoder = new TextEncoder()
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (value: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`))
      // Yielding to the event loop lets each line leave before the next synchronous phase starts.
      const report = async (progress: number) => {
        send({ progress })
        await new Promise((resolve) => setImmediate(resolve))
      }
      try {
        send({ result: await run(report), status })
      } catch (error) {
        if (isAppError(error)) {
          const response = await errorResponse(request, error.code, error.status, error.details)
          send({ ...((await response.json()) as object), status: error.status })
        } else {
          console.error(error)
          send({ error: { code: 'server.internal', message: 'Internal server error' }, status: 500 })
        }
      }
      controller.close()
    },
  })
  return new Response(stream, {
    status: 200,
    headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' },
  })
}
