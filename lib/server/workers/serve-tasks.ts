import { parentPort } from 'node:worker_threads'
import { serializeError, type TaskReply, type TaskRequest } from './worker-protocol'

/** A task a worker runs: plain (structured-clone-able) data in and out, progress reported from 0 to 1. */
export type Task<I, O> = (input: I, progress: (fraction: number) => void) => O | Promise<O>

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a table of tasks of any input and output
export type TaskTable = Record<string, Task<any, unknown>>

/**
 * The worker's side of the pool: answers each request with the task's value or its error. One request at a
 * time: the pool gives a worker a new task only once it has answered the last.
 */
export function serveTasks(tasks: TaskTable): void {
  const port = parentPort
  if (!port) throw new Error('serveTasks runs in a worker thread')
  const reply = (message: TaskReply) => port.postMessage(message)
  port.on('message', (request: TaskRequest) => {
    const run = tasks[request.task]
    const progress = (fraction: number) => reply({ id: request.id, type: 'progress', fraction })
    Promise.resolve()
      .then(() => {
        if (!run) throw new Error(`No worker task ${request.task}`)
        return run(request.input, progress)
      })
      // A value that cannot be cloned fails in `postMessage`: it becomes the task's error.
      .then((value) => reply({ id: request.id, type: 'done', value }))
      .catch((error: unknown) => reply({ id: request.id, type: 'failed', error: serializeError(error) }))
  })
}
