import type { Transferable, Worker } from 'node:worker_threads'
import { deserializeError, type TaskReply, type TaskRequest } from './worker-protocol'

/** A worker died (an uncaught error, out of memory, `process.exit`) while it ran a task. */
export class WorkerCrashedError extends Error {
  constructor(
    readonly task: string,
    readonly exitCode: number,
    cause?: unknown,
  ) {
    super(
      `The worker running ${task} stopped (exit code ${exitCode})${cause instanceof Error ? `: ${cause.message}` : ''}`,
      { cause },
    )
    this.name = 'WorkerCrashedError'
  }
}

/** The pool was closed (the server is stopping) before the task could run. */
export class WorkerPoolClosedError extends Error {
  constructor(readonly task: string) {
    super(`The worker pool is closed: ${task} did not run`)
    this.name = 'WorkerPoolClosedError'
  }
}

export type WorkerPool = {
  /**
   * Runs `task` in a free worker, or after the tasks queued before it; settles with its value or its error.
   * `transfer` moves objects of the input instead of copying them (a `MessagePort` must be moved).
   */
  run: (
    task: string,
    input: unknown,
    onProgress?: (fraction: number) => void,
    transfer?: readonly Transferable[],
  ) => Promise<unknown>
  /** Rejects the queued tasks, stops the workers (their running tasks reject) and refuses new tasks. */
  close: () => Promise<void>
  /** Workers running, tasks waiting, and workers started in all (a crashed worker is replaced by a new one). */
  stats: () => { workers: number; busy: number; queued: number; started: number; threadIds: number[] }
}

type Job = {
  id: number
  task: string
  input: unknown
  onProgress?: (fraction: number) => void
  transfer?: readonly Transferable[]
  resolve: (value: unknown) => void
  reject: (error: unknown) => void
}

type Slot = { worker: Worker; job: Job | null; error?: unknown }

/**
 * A fixed number of worker threads for CPU-bound work, started when first needed. Tasks wait in order
 * while every worker is busy. A worker that dies fails its task and is replaced when the next task
 * comes. Idle workers do not keep the process alive.
 */
export function createWorkerPool({ size, spawn }: { size: number; spawn: () => Worker }): WorkerPool {
  if (!Number.isInteger(size) || size < 1) throw new Error(`A worker pool needs at least one worker, not ${size}`)
  const slots: Slot[] = []
  const queue: Job[] = []
  let nextId = 1
  let started = 0
  let closed = false

  const settle = (slot: Slot) => {
    slot.job = null
    slot.worker.unref()
    dispatch()
  }

  const start = (): Slot => {
    const worker = spawn()
    started++
    const slot: Slot = { worker, job: null }
    worker.on('message', (reply: TaskReply) => {
      const job = slot.job
      if (!job || reply.id !== job.id) return
      if (reply.type === 'progress') return job.onProgress?.(reply.fraction)
      if (reply.type === 'done') job.resolve(reply.value)
      else job.reject(deserializeError(reply.error))
      settle(slot)
    })
    // An uncaught error in the worker is followed by its exit: the exit fails the task with it.
    worker.on('error', (error) => {
      slot.error = error
    })
    worker.on('exit', (exitCode) => {
      slots.splice(slots.indexOf(slot), 1)
      const job = slot.job
      slot.job = null
      if (job)
        job.reject(
          closed ? new WorkerPoolClosedError(job.task) : new WorkerCrashedError(job.task, exitCode, slot.error),
        )
      if (!closed) dispatch()
    })
    slots.push(slot)
    return slot
  }

  function dispatch() {
    while (queue.length > 0) {
      const slot = slots.find((s) => s.job === null) ?? (slots.length < size ? start() : undefined)
      if (!slot) return
      const job = queue.shift()!
      slot.job = job
      slot.worker.ref()
      try {
        const request: TaskRequest = { id: job.id, task: job.task, input: job.input }
        slot.worker.postMessage(request, job.transfer)
      } catch (error) {
        // The input cannot be cloned (a function, a class instance with private state): the caller's bug.
        job.reject(error)
        settle(slot)
        return
      }
    }
  }

  return {
    run: (task, input, onProgress, transfer) =>
      new Promise((resolve, reject) => {
        if (closed) return reject(new WorkerPoolClosedError(task))
        queue.push({ id: nextId++, task, input, onProgress, transfer, resolve, reject })
        dispatch()
      }),
    close: async () => {
      closed = true
      for (const job of queue.splice(0)) job.reject(new WorkerPoolClosedError(job.task))
      await Promise.all(slots.map((slot) => slot.worker.terminate()))
    },
    stats: () => ({
      workers: slots.length,
      busy: slots.filter((s) => s.job !== null).length,
      queued: queue.length,
      started,
      threadIds: slots.map((s) => s.worker.threadId),
    }),
  }
}
