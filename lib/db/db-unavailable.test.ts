import { readFile } from 'node:fs/promises'
import pg from 'pg'
import { describe, expect, test } from 'vitest'
import { databaseUnavailableReason } from './db-unavailable'

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code })

describe('databaseUnavailableReason for the driver’s own errors (statements run as SQL on the driver)', () => {
  test('a server that refuses the connection is not reachable', async () => {
    const client = new pg.Client({ connectionString: 'postgresql://postgres@127.0.0.1:1/parallel' })
    const error = await client.connect().then(
      () => null,
      (e: unknown) => e,
    )
    expect(databaseUnavailableReason(error)).toBe('DatabaseNotReachable')
  })

  test('PostgreSQL going away, a missing database, refused credentials and a full server', () => {
    expect(databaseUnavailableReason(withCode('57P01', 'terminating connection due to administrator command'))).toBe(
      'ConnectionClosed',
    )
    expect(databaseUnavailableReason(withCode('08006'))).toBe('ConnectionClosed')
    expect(databaseUnavailableReason(withCode('3D000'))).toBe('DatabaseDoesNotExist')
    expect(databaseUnavailableReason(withCode('28P01'))).toBe('AuthenticationFailed')
    expect(databaseUnavailableReason(withCode('53300'))).toBe('TooManyConnections')
    expect(databaseUnavailableReason(new Error('Connection terminated unexpectedly'))).toBe('ConnectionClosed')
    expect(databaseUnavailableReason(new Error('timeout exceeded when trying to connect'))).toBe('SocketTimeout')
  })

  test('errors of the request itself are not the database going away', async () => {
    expect(databaseUnavailableReason(withCode('23505', 'duplicate key value'))).toBeNull()
    expect(databaseUnavailableReason(withCode('22P02', 'invalid input syntax'))).toBeNull()
    expect(databaseUnavailableReason(new Error('Connection'))).toBeNull()
    // A file that cannot be read has a socket-like code, but it is a file's error.
    const missing = await readFile('/nonexistent/upload.tmx').catch((e: unknown) => e)
    expect((missing as { code?: string }).code).toBe('ENOENT')
    expect(databaseUnavailableReason(missing)).toBeNull()
  })
})
