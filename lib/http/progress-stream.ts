import { errorToResponse } from './respond'

/** True when the client asked for progress lines (`Accept: application/x-ndjson`). */
export function wantsProgress(request: Request): boolean {
  return (request.headers.get('accept') ?? '').includes('application/x-ndjson')
}

/**
 * Runs a long task and streams newline-delimited JSON: `{"progress":0.4}` lines while it runs, then
 * `{"result":…}` with `status`, or `{"error":{code,message}}` with the status it would have had
 * (mapped by `errorToResponse`, as every other response).
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
        const response = await errorToResponse(request, error)
        send({ ...((await response.json()) as object), status: response.status })
      }
      controller.close()
    },
  })
  return new Response(stream, {
    status: 200,
    headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' },
  })
}
