// A worker for the pool's own tests (worker-pool.test.ts): tasks that answer, fail, crash or wait.
import { threadId } from 'node:worker_threads'
import { AppError } from '@/lib/errors'
import { serveTasks } from '../serve-tasks'

serveTasks({
  echo: (input: unknown) => ({ input, threadId }),
  progress: (steps: number, progress) => {
    for (let k = 1; k <= steps; k++) progress(k / steps)
    return steps
  },
  fail: () => {
    throw new RangeError('boom')
  },
  failWithCode: () => {
    throw new AppError('document.notFound', { id: 'x' })
  },
  unclonable: () => () => 'a function cannot be posted',
  // An error thrown outside the task's promise: nothing catches it, and the thread dies.
  crash: () =>
    new Promise(() => {
      setTimeout(() => {
        throw new Error('worker crashed')
      })
    }),
  // Blocks the worker's thread until the test stores 1 in the shared flag.
  block: (flag: SharedArrayBuffer) => {
    Atomics.wait(new Int32Array(flag), 0, 0)
    return threadId
  },
})
