import { PGlite, protocol } from '@electric-sql/pglite'
import { afterAll, describe, expect, test } from 'vitest'
import { PgliteTurns } from './pglite-turns'

// A socket connection as PgliteTurns sees it: protocol messages in, raw answers out (no socket needed).
const pglite = new PGlite()
afterAll(() => pglite.close())
let nextHandler = 1

function connection(turns: PgliteTurns) {
  const id = nextHandler++
  return {
    id,
    send: (message: Uint8Array) => turns.enqueue(id, message, () => undefined),
    query: (sql: string) => turns.enqueue(id, protocol.serialize.query(sql), () => undefined),
  }
}

/** The text fields of the DataRows in a raw answer. */
function dataRows(chunks: Uint8Array[]): string[][] {
  const rows: string[][] = []
  new protocol.Parser().parse(Buffer.concat(chunks), (message) => {
    if (message instanceof protocol.messages.DataRowMessage) rows.push(message.fields as string[])
  })
  return rows
}

/** Settles within `ms`? A promise still waiting after that is blocked. */
const settlesWithin = (promise: Promise<unknown>, ms: number) =>
  Promise.race([promise.then(() => true), new Promise((done) => setTimeout(() => done(false), ms))])

describe('PgliteTurns', () => {
  test('the app waits while a connection has a transaction open, and runs once it commits', async () => {
    await pglite.exec('CREATE TABLE IF NOT EXISTS t (n int)')
    const turns = new PgliteTurns(pglite, () => undefined)
    const cli = connection(turns)
    await cli.query('BEGIN')
    await cli.query('INSERT INTO t VALUES (1)')
    const app = pglite.query<{ n: number }>('SELECT count(*)::int AS n FROM t')
    expect(await settlesWithin(app, 200)).toBe(false)
    await cli.query('COMMIT')
    expect((await app).rows[0]?.n).toBe(1)
  })

  test('a connection waits while an app transaction is open, and never sees its writes', async () => {
    const turns = new PgliteTurns(pglite, () => undefined)
    const cli = connection(turns)
    const answer: Uint8Array[] = []
    let release!: () => void
    const appTx = pglite.transaction(async (tx) => {
      await tx.query('INSERT INTO t VALUES (2)')
      await new Promise<void>((done) => (release = done))
      await tx.rollback()
    })
    await new Promise((done) => setTimeout(done, 20))
    const read = turns.enqueue(cli.id, protocol.serialize.query('SELECT count(*) FROM t WHERE n = 2'), (data) => {
      answer.push(data)
    })
    expect(await settlesWithin(read, 200)).toBe(false)
    release()
    await appTx
    await read
    expect(dataRows(answer)).toEqual([['0']])
  })

  test('an extended-protocol exchange keeps the turn from Parse to Sync', async () => {
    const turns = new PgliteTurns(pglite, () => undefined)
    const cli = connection(turns)
    await cli.send(protocol.serialize.parse({ text: 'SELECT 1' }))
    const app = pglite.query('SELECT 2')
    expect(await settlesWithin(app, 100)).toBe(false)
    await cli.send(protocol.serialize.bind({}))
    await cli.send(protocol.serialize.execute({}))
    await cli.send(protocol.serialize.sync())
    await app
  })

  test('a connection that leaves with a transaction open is rolled back, and the app goes on', async () => {
    const turns = new PgliteTurns(pglite, () => undefined)
    const cli = connection(turns)
    await cli.query('BEGIN')
    await cli.query('INSERT INTO t VALUES (3)')
    turns.clearQueueForHandler(cli.id)
    await turns.clearTransactionIfNeeded(cli.id)
    const { rows } = await pglite.query<{ n: number }>('SELECT count(*)::int AS n FROM t WHERE n = 3')
    expect(rows[0]?.n).toBe(0)
  })

  test('a connection that holds the turn and goes silent is reported as stalled', async () => {
    const stalled: number[] = []
    const turns = new PgliteTurns(pglite, (id) => stalled.push(id), 50)
    const cli = connection(turns)
    await cli.query('BEGIN')
    await new Promise((done) => setTimeout(done, 120))
    expect(stalled).toEqual([cli.id])
    await cli.query('ROLLBACK')
  })
})
