/**
 * The server process's life after SIGTERM, shared by the launcher (`scripts/serve.mjs`) and the app's
 * modules through one object on `globalThis` (the launcher is plain JavaScript outside the bundle, and
 * Next may load a module more than once). The launcher calls `drain()` when the signal arrives, stops
 * taking connections, waits for the requests in flight, then calls `close()`: background tasks the app
 * started are awaited, then the shutdown hooks run, newest first: the worker pools, started on first use,
 * stop their threads before the database, opened first, closes last.
 */
export type ShutdownHook = { name: string; run: () => Promise<void> }

export type Lifecycle = {
  draining: boolean
  hooks: ShutdownHook[]
  tasks: Set<Promise<unknown>>
  /** Called once when draining starts: long-lived answers (event streams) end so the drain can finish. */
  drainListeners: Set<() => void>
  /** Marks the process as going away: readiness answers 503 from now on. */
  drain: () => void
  /** Waits for tracked tasks, then runs every hook (each once, failures reported, none skipped). */
  close: (report?: (hook: string, error: unknown) => void) => Promise<void>
}

const KEY = Symbol.for('parallel.lifecycle')

function createLifecycle(): Lifecycle {
  const state: Lifecycle = {
    draining: false,
    hooks: [],
    tasks: new Set(),
    drainListeners: new Set(),
    drain: () => {
      if (state.draining) return
      state.draining = true
      for (const listener of [...state.drainListeners]) listener()
    },
    close: async (report) => {
      state.draining = true
      while (state.tasks.size > 0) await Promise.allSettled([...state.tasks])
      for (const hook of state.hooks.splice(0).reverse()) {
        try {
          await hook.run()
        } catch (error) {
          report?.(hook.name, error)
        }
      }
    },
  }
  return state
}

/** The process's one lifecycle object. */
export function lifecycle(): Lifecycle {
  const holder = globalThis as unknown as { [KEY]?: Lifecycle }
  return (holder[KEY] ??= createLifecycle())
}

/** True once the process has been asked to stop (SIGTERM): it finishes its work but is no longer ready. */
export function isDraining(): boolean {
  return lifecycle().draining
}

/**
 * Calls `listener` when the process starts draining (at once if it already is): an answer that never
 * ends by itself, such as an event stream, closes then, and the client reconnects to another instance.
 * Returns the function that stops listening.
 */
export function onDrain(listener: () => void): () => void {
  const state = lifecycle()
  if (state.draining) {
    listener()
    return () => {}
  }
  state.drainListeners.add(listener)
  return () => {
    state.drainListeners.delete(listener)
  }
}

/** Runs `run` when the process stops, after the requests in flight and the tracked tasks have finished. */
export function onShutdown(name: string, run: () => Promise<void>): void {
  lifecycle().hooks.push({ name, run })
}

/**
 * Background work a request started and does not wait for (an import job): the process finishes it
 * before closing the database. Returns the same promise, settled either way.
 */
export function trackTask<T>(task: Promise<T>): Promise<T> {
  const { tasks } = lifecycle()
  tasks.add(task)
  const forget = () => {
    tasks.delete(task)
  }
  task.then(forget, forget)
  return task
}
