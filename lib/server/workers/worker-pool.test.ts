import { afterEach, describe, expect, test } from 'vitest'
import { AppError } from '@/lib/errors'
import { spawnTypeScriptWorker } from './spawn-ts-worker'
import { createWorkerPool, WorkerCrashedError, WorkerPoolClosedError, type WorkerPool } from './worker-pool'
import { WorkerTaskError } from './worker-protocol'

const pools: WorkerPool[] = []

function testPool(size: number): WorkerPool {
  const pool = createWorkerPool({
    size,
    spawn: () => spawnTypeScriptWorker(new URL('./test/test-worker.ts', import.meta.url)),
  })
  pools.push(pool)
  return pool
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()))
})

describe('createWorkerPool', () => {
  test('runs a task in another thread and answers its value', async () => {
    const pool = testPool(1)
    const answer = (await pool.run('echo', { words: ['ёж', '고슴도치'], at: new Map([['a', 1]]) })) as {
      input: unknown
      threadId: number
    }
    expect(answer.input).toEqual({ words: ['ёж', '고슴도치'], at: new Map([['a', 1]]) })
    expect(answer.threadId).toBeGreaterThan(0)
  })

  test('passes the progress a task reports to the caller, in order, before the value', async () => {
    const pool = testPool(1)
    const heard: number[] = []
    const value = await pool.run('progress', 4, (fraction) => heard.push(fraction))
    expect(heard).toEqual([0.25, 0.5, 0.75, 1])
    expect(value).toBe(4)
  })

  test('a task that throws rejects with its error name and message; the worker stays for the next task', async () => {
    const pool = testPool(1)
    const error = await pool.run('fail', null).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WorkerTaskError)
    expect(error).toMatchObject({ name: 'RangeError', message: 'boom' })
    expect(await pool.run('echo', 1)).toMatchObject({ input: 1 })
    expect(pool.stats().started).toBe(1)
  })

  test('an AppError thrown in a worker is an AppError again, with its code and details', async () => {
    const pool = testPool(1)
    const error = await pool.run('failWithCode', null).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'document.notFound', details: { id: 'x' } })
  })

  test('a value that cannot be posted back is the task’s error', async () => {
    const pool = testPool(1)
    const error = await pool.run('unclonable', null).catch((e: unknown) => e)
    expect(error).toMatchObject({ name: 'DataCloneError' })
  })

  test('an input that cannot be posted rejects at once, and the pool goes on', async () => {
    const pool = testPool(1)
    await expect(pool.run('echo', () => 1)).rejects.toMatchObject({ name: 'DataCloneError' })
    expect(await pool.run('echo', 2)).toMatchObject({ input: 2 })
  })

  test('an unknown task is an error', async () => {
    const pool = testPool(1)
    await expect(pool.run('nothing', null)).rejects.toThrow('No worker task nothing')
  })

  test('a crashed worker fails its task and is replaced by a new thread for the next one', async () => {
    const pool = testPool(1)
    const before = (await pool.run('echo', null)) as { threadId: number }
    const error = await pool.run('crash', null).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WorkerCrashedError)
    expect((error as Error).message).toContain('worker crashed')
    const after = (await pool.run('echo', null)) as { threadId: number }
    expect(after.threadId).not.toBe(before.threadId)
    expect(pool.stats()).toMatchObject({ workers: 1, started: 2 })
  })

  test('while every worker is busy, tasks wait in order and run when one is free', async () => {
    const pool = testPool(1)
    const flag = new SharedArrayBuffer(4)
    const blocked = pool.run('block', flag)
    const order: string[] = []
    const first = pool.run('echo', 'first').then(() => order.push('first'))
    const second = pool.run('echo', 'second').then(() => order.push('second'))
    expect(pool.stats()).toMatchObject({ workers: 1, busy: 1, queued: 2 })
    Atomics.store(new Int32Array(flag), 0, 1)
    Atomics.notify(new Int32Array(flag), 0)
    await Promise.all([blocked, first, second])
    expect(order).toEqual(['first', 'second'])
    expect(pool.stats()).toMatchObject({ busy: 0, queued: 0, started: 1 })
  })

  test('starts no more workers than its size, and only when tasks need them', async () => {
    const pool = testPool(2)
    expect(pool.stats().workers).toBe(0)
    const flags = [new SharedArrayBuffer(4), new SharedArrayBuffer(4)]
    const running = flags.map((flag) => pool.run('block', flag))
    const waiting = pool.run('echo', 'third')
    expect(pool.stats()).toMatchObject({ workers: 2, busy: 2, queued: 1 })
    for (const flag of flags) {
      Atomics.store(new Int32Array(flag), 0, 1)
      Atomics.notify(new Int32Array(flag), 0)
    }
    const threads = await Promise.all(running)
    expect(new Set(threads).size).toBe(2)
    await waiting
    expect(pool.stats().started).toBe(2)
  })

  test('close rejects the waiting and the running tasks, and refuses new ones', async () => {
    const pool = testPool(1)
    const flag = new SharedArrayBuffer(4)
    const running = pool.run('block', flag).catch((e: unknown) => e)
    const waiting = pool.run('echo', 'never').catch((e: unknown) => e)
    await pool.close()
    expect(await running).toBeInstanceOf(WorkerPoolClosedError)
    expect(await waiting).toBeInstanceOf(WorkerPoolClosedError)
    await expect(pool.run('echo', 1)).rejects.toBeInstanceOf(WorkerPoolClosedError)
    expect(pool.stats().workers).toBe(0)
  })
})
