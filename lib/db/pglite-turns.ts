import { protocol, type PGlite } from '@electric-sql/pglite'

const QUERY = 0x51 // 'Q': a simple query; PostgreSQL answers with ReadyForQuery
const SYNC = 0x53 // 'S': ends an extended-protocol exchange (Parse, Bind, Execute …); answered with ReadyForQuery
const TERMINATE = 0x58 // 'X': the client is leaving; it closes the socket next
const STARTUP = 0x00 // a startup message has no type byte: its length's high byte, 0, comes first

/** A client that holds the database this long without sending anything is cut off, so the app is not blocked forever. */
export const STALLED_TURN_MS = 30_000

/** True when the message ends an exchange, so the connection may give its turn away after it. */
function endsExchange(message: Uint8Array): boolean {
  return message[0] === QUERY || message[0] === SYNC || message[0] === STARTUP
}

/**
 * Shares one PGlite between the app (its Prisma adapter in the same process) and socket connections
 * (the CLI). PGlite has one session, so a connection takes a *turn* for a whole exchange: from its
 * first message to the ReadyForQuery that leaves no transaction open. Parse … Sync, or BEGIN … COMMIT,
 * therefore run with nobody else's statement in between.
 *
 * A turn is held through PGlite's transaction mutex, the one `query()`, `exec()` and `transaction()`
 * take, so the app waits while a socket client's transaction is open, and a socket client waits while
 * an app transaction is open. pglite-socket's own queue only takes the query mutex per message, which
 * lets a socket statement run inside an app transaction, and one connection's Parse run between
 * another's Bind and Execute; hence this replacement, given to its PGLiteSocketHandler.
 */
export class PgliteTurns {
  /** Each connection's messages, run one after another in arrival order. */
  readonly #chains = new Map<number, Promise<unknown>>()
  /** Connections holding the turn, with the function that gives it back. */
  readonly #turns = new Map<number, { release: () => void; stall?: NodeJS.Timeout }>()
  readonly #gone = new Set<number>()

  constructor(
    private readonly pglite: PGlite,
    /** Called when a connection holds the turn but sends nothing for STALLED_TURN_MS: close its socket. */
    private readonly onStalled: (handlerId: number) => void,
    private readonly stalledMs = STALLED_TURN_MS,
  ) {}

  /** Runs one protocol message of a connection, after the messages it sent before. */
  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    const run = () => this.#run(handlerId, message, onData)
    const done = (this.#chains.get(handlerId) ?? Promise.resolve()).then(run, run)
    this.#chains.set(
      handlerId,
      done.catch(() => undefined),
    )
    return done
  }

  async #run(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    if (this.#gone.has(handlerId)) throw new Error('Handler disconnected')
    // Terminate is not passed on: PGlite's one session outlives the client, and the socket closes next.
    if (message[0] === TERMINATE) return 0
    const turn = this.#turns.get(handlerId) ?? (await this.#takeTurn(handlerId))
    clearTimeout(turn.stall)
    let bytes = 0
    await this.pglite.runExclusive(() =>
      this.pglite.execProtocolRawStream(message, {
        onRawData: (data) => {
          bytes += data.length
          onData(data)
        },
      }),
    )
    if (endsExchange(message) && !this.pglite.isInTransaction()) this.#giveBack(handlerId)
    else turn.stall = setTimeout(() => this.onStalled(handlerId), this.stalledMs)
    return bytes
  }

  #takeTurn(handlerId: number): Promise<{ release: () => void; stall?: NodeJS.Timeout }> {
    return new Promise((taken) => {
      void this.pglite._runExclusiveTransaction(
        () =>
          new Promise<void>((release) => {
            const turn = { release }
            this.#turns.set(handlerId, turn)
            taken(turn)
          }),
      )
    })
  }

  #giveBack(handlerId: number): void {
    const turn = this.#turns.get(handlerId)
    if (!turn) return
    clearTimeout(turn.stall)
    this.#turns.delete(handlerId)
    turn.release()
  }

  /** The connection closed: its messages not yet run are dropped. */
  clearQueueForHandler(handlerId: number): void {
    this.#gone.add(handlerId)
  }

  /** The connection closed: end what it left open (an exchange, a transaction) and give its turn back. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    this.#gone.add(handlerId)
    await this.#chains.get(handlerId)
    this.#chains.delete(handlerId)
    if (this.#turns.has(handlerId)) {
      await this.pglite.runExclusive(async () => {
        await this.pglite.execProtocolRaw(protocol.serialize.sync())
        if (this.pglite.isInTransaction()) await this.pglite.execProtocolRaw(protocol.serialize.query('ROLLBACK'))
      })
      this.#giveBack(handlerId)
    }
    this.#gone.delete(handlerId)
  }
}
