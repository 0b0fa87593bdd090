import { MessageChannel, type MessagePort } from 'node:worker_threads'
import { deserializeError, serializeError, type SerializedError } from './worker-protocol'

/** A piece of an uploaded file as the readers take it: bytes, or text already decoded. */
export type StreamChunk = string | Uint8Array

/** What a streamed task reads: one chunk, several, or a (async) stream of them (the readers' `XmlInput`). */
export type StreamInput = StreamChunk | Iterable<StreamChunk> | AsyncIterable<StreamChunk>

/**
 * A task that reads a file as it comes: the chunks in, items out in arrays as it finds them (plain data,
 * structured-cloned), and a value at the end. It runs in a worker thread (`serveStream`) or, unchanged, in
 * the calling thread.
 */
export type StreamTask<O, I, R> = (source: AsyncIterable<StreamChunk>, options: O) => AsyncGenerator<I[], R>

/** From the calling thread to the worker: the next chunk or the end of the input, a batch taken, or stop. */
type ToWorker =
  | { type: 'chunk'; chunk: StreamChunk }
  | { type: 'end' }
  | { type: 'inputFailed' }
  | { type: 'ack' }
  | { type: 'cancel' }

/** From the worker: send a chunk, a batch of items, then the task's value or its error (or: reading the input failed). */
type FromWorker =
  | { type: 'pull' }
  | { type: 'inputFailed' }
  | { type: 'items'; items: unknown[] }
  | { type: 'done'; value: unknown }
  | { type: 'failed'; error: SerializedError }

/** Items the worker gathers before posting them (fewer when it waits for input, so nothing is held back). */
const BATCH_ITEMS = 500
/** Batches posted and not yet taken by the caller before the worker waits: memory stays flat when the caller is slow. */
const WINDOW = 2

/** Reading the input failed (the calling thread has the error): the worker stops after posting what it found before. */
class InputFailedError extends Error {}

/** Chunks the worker asks for ahead of the one it parses. */
const AHEAD = 2

/** The caller stopped reading (it failed, or its reading of the input did): the worker stops too. */
class StreamCancelledError extends Error {
  constructor() {
    super('The caller stopped reading the stream')
    this.name = 'StreamCancelledError'
  }
}

/**
 * The worker's side of a streamed task: asks the calling thread for each chunk when the task needs it, posts
 * the items in batches (waiting while `WINDOW` batches are not taken yet), then the value or the error, all on
 * `port`, so they arrive in the order they were posted.
 */
export async function serveStream<O>(
  port: MessagePort,
  task: StreamTask<O, unknown, unknown>,
  options: O,
): Promise<void> {
  /** The chunks asked for and not arrived yet, oldest first (messages arrive in the order they were posted). */
  const asked: Array<(message: ToWorker) => void> = []
  let acked: (() => void) | undefined
  let cancelled = false
  let unacked = 0
  let pending: unknown[] = []
  port.on('message', (message: ToWorker) => {
    if (message.type === 'ack') {
      unacked--
      acked?.()
    } else if (message.type === 'cancel') {
      cancelled = true
      acked?.()
      for (const answer of asked.splice(0)) answer(message)
    } else asked.shift()?.(message)
  })
  const stopIfCancelled = () => {
    if (cancelled) throw new StreamCancelledError()
  }
  /** Posts the items gathered (if any), then waits while `WINDOW` batches are not taken yet. */
  const flush = async () => {
    if (pending.length > 0) {
      port.postMessage({ type: 'items', items: pending } satisfies FromWorker)
      pending = []
      unacked++
    }
    while (unacked >= WINDOW && !cancelled) await new Promise<void>((resolve) => (acked = resolve))
    stopIfCancelled()
  }
  const ask = () => {
    const next = new Promise<ToWorker>((resolve) => asked.push(resolve))
    port.postMessage({ type: 'pull' } satisfies FromWorker)
    return next
  }
  /**
   * The chunks, `AHEAD` asked for before they are needed: the calling thread answers a pull only between its
   * own tasks, and a worker that asked only when it ran dry waited for each of them (half its time idle).
   */
  async function* source(): AsyncGenerator<StreamChunk> {
    const coming = Array.from({ length: AHEAD }, ask)
    for (;;) {
      await flush()
      const message = await coming.shift()!
      stopIfCancelled()
      if (message.type === 'inputFailed') throw new InputFailedError()
      if (message.type !== 'chunk') return
      coming.push(ask())
      yield message.chunk
    }
  }
  const items = task(source(), options)
  try {
    let step = await items.next()
    while (!step.done) {
      // A big array (a whole plan's paragraphs) goes in batches too: one message of it would hold the caller long.
      for (const item of step.value) {
        pending.push(item)
        if (pending.length >= BATCH_ITEMS) await flush()
      }
      step = await items.next()
    }
    await flush()
    port.postMessage({ type: 'done', value: step.value } satisfies FromWorker)
  } catch (error) {
    // A value that cannot be cloned fails in `postMessage` above and is reported here like the task's own errors.
    if (error instanceof InputFailedError) port.postMessage({ type: 'inputFailed' } satisfies FromWorker)
    else if (!cancelled) port.postMessage({ type: 'failed', error: serializeError(error) } satisfies FromWorker)
  } finally {
    port.close()
  }
}

/** Chunks are sent on at least this size when the input gives smaller ones (a generator's line each). */
const MIN_CHUNK = 64 * 1024

function joined(parts: StreamChunk[]): StreamChunk {
  if (parts.length === 1) return parts[0]!
  if (typeof parts[0] === 'string') return (parts as string[]).join('')
  return Buffer.concat(parts as Uint8Array[])
}

/**
 * The input's chunks, small ones joined up to `MIN_CHUNK` (text with text, bytes with bytes): every chunk is a
 * round trip between the threads, which cost more than parsing a TMX unit when each unit came alone. What was
 * gathered is sent on before an error reading the input is thrown.
 */
async function* chunksOf(input: StreamInput): AsyncGenerator<StreamChunk> {
  if (typeof input === 'string' || input instanceof Uint8Array) return yield input
  let parts: StreamChunk[] = []
  let size = 0
  const take = () => {
    const chunk = joined(parts)
    parts = []
    size = 0
    return chunk
  }
  let failure: { error: unknown } | undefined
  try {
    for await (const chunk of input) {
      if (parts.length > 0 && typeof chunk !== typeof parts[0]) yield take()
      parts.push(chunk)
      size += chunk.length
      if (size >= MIN_CHUNK) yield take()
    }
  } catch (error) {
    failure = { error }
  }
  if (parts.length > 0) yield take()
  if (failure) throw failure.error
}

/**
 * The calling thread's side: starts the task with `start` (given the worker's end of a new channel, which it
 * must transfer), feeds it `input` chunk by chunk as the worker asks, and yields the items the worker finds;
 * returns the task's value. The task's errors are thrown again here (a `FormatError` with its code and place,
 * an `AppError` with its code); an error reading `input` is thrown as it is, and stops the worker. Stopping
 * early (`break`, or an error in the loop's body) stops the worker too.
 */
export async function* streamThroughWorker<I, R>(
  start: (port: MessagePort) => Promise<unknown>,
  input: StreamInput,
): AsyncGenerator<I, R> {
  const { port1: port, port2 } = new MessageChannel()
  const inbox: FromWorker[] = []
  const source = chunksOf(input)
  let failure: { error: unknown } | undefined
  let wake: (() => void) | undefined
  let isOver = false
  const notify = () => {
    const waiting = wake
    wake = undefined
    waiting?.()
  }
  const fail = (error: unknown) => {
    failure ??= { error }
    notify()
  }
  // The next chunk is read while the worker parses the last one (one chunk ahead: a database round trip for an
  // import job's upload). What the read gave is only handed on when the worker asks for it; an error is kept here
  // and thrown once the worker has posted what it found before it (the worker asks ahead of its need).
  type Read = { next: IteratorResult<StreamChunk> } | { error: unknown }
  const read = (): Promise<Read> =>
    source.next().then(
      (next) => ({ next }),
      (error: unknown) => ({ error }),
    )
  let ahead: Promise<Read> | undefined
  let inputError: { error: unknown } | undefined
  const feed = async () => {
    const got = await (ahead ?? read())
    ahead = undefined
    if (isOver) return
    if ('error' in got) {
      inputError ??= { error: got.error }
      return port.postMessage({ type: 'inputFailed' } satisfies ToWorker)
    }
    if (got.next.done) return port.postMessage({ type: 'end' } satisfies ToWorker)
    ahead = read()
    const chunk = got.next.value
    if (typeof chunk === 'string') return port.postMessage({ type: 'chunk', chunk } satisfies ToWorker)
    // A copy of its own, moved rather than cloned: the caller may still read its chunk (to count its bytes).
    const copy = new Uint8Array(chunk)
    port.postMessage({ type: 'chunk', chunk: copy } satisfies ToWorker, [copy.buffer])
  }
  let feeding = Promise.resolve()
  port.on('message', (message: FromWorker) => {
    // One feed at a time, in the order asked: each takes the chunk read ahead by the one before.
    if (message.type === 'pull') return void (feeding = feeding.then(feed))
    inbox.push(message)
    notify()
  })
  // The worker's task settles after its last message; it rejects only when the worker died or the pool closed.
  start(port2).catch(fail)
  try {
    for (;;) {
      const message = inbox.shift()
      if (!message) {
        if (failure) throw failure.error
        await new Promise<void>((resolve) => (wake = resolve))
        continue
      }
      if (message.type === 'failed') throw deserializeError(message.error)
      if (message.type === 'inputFailed') throw inputError!.error
      if (message.type === 'done') return message.value as R
      if (message.type === 'items') {
        port.postMessage({ type: 'ack' } satisfies ToWorker)
        yield* message.items as I[]
        // A turn of the event loop between batches: Node hands a port's queued messages over in one go, so a
        // worker that keeps up would otherwise have the whole file's units taken in before any timer or request.
        await new Promise<void>((resolve) => setImmediate(resolve))
      }
    }
  } finally {
    isOver = true
    port.postMessage({ type: 'cancel' } satisfies ToWorker)
    port.close()
    // Lets go of the input (a file stream, the upload's rows) as an early stop in this thread would.
    source.return(undefined).catch(() => undefined)
  }
}
