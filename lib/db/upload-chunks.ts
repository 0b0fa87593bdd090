import type { DbOrTx } from './client'
import { rawSqlOf, yieldToEventLoop } from './raw-sql'

/** Bytes to store: whole, or as they arrive. */
export type UploadSource = Uint8Array | string | Iterable<Uint8Array | string> | AsyncIterable<Uint8Array | string>

/** The size of a stored chunk: big enough for few rows, small enough to hold one in memory. */
export const UPLOAD_CHUNK_BYTES = 1024 * 1024

/**
 * Stores an upload in the database in chunks of 1 MB, written as the bytes arrive (one row at a time,
 * so memory stays flat), for a job any app instance may run. Returns the bytes stored.
 */
export async function writeUpload(db: DbOrTx, uploadId: string, source: UploadSource): Promise<number> {
  const pieces = typeof source === 'string' || source instanceof Uint8Array ? [source] : source
  let seq = 0
  let size = 0
  let pending: Uint8Array[] = []
  let pendingBytes = 0
  const flush = async () => {
    if (pendingBytes === 0) return
    const data = Buffer.concat(pending, pendingBytes)
    pending = []
    pendingBytes = 0
    // As base64 text, decoded by the database: the PGlite driver adapter refuses Prisma's bytes parameters.
    // Through the driver when there is one: Prisma spends more CPU on a 1.4 MB parameter than the database,
    // and chains its statements without letting the event loop run, so on PGlite (in this thread) a
    // 300 MB folder upload kept every other request waiting for 58 s. The driver's runner lets waiting
    // requests go first at each statement (lib/db/raw-sql.ts).
    const raw = rawSqlOf(db)
    const sql = 'INSERT INTO "UploadChunk" ("uploadId", "seq", "data") VALUES ($1, $2, decode($3, \'base64\'))'
    const params = [uploadId, seq++, data.toString('base64')]
    if (raw) await raw.query(sql, params)
    else {
      await yieldToEventLoop()
      await db.$executeRawUnsafe(sql, ...params)
    }
  }
  for await (const piece of pieces) {
    let bytes = typeof piece === 'string' ? Buffer.from(piece) : piece
    size += bytes.byteLength
    while (pendingBytes + bytes.byteLength >= UPLOAD_CHUNK_BYTES) {
      const take = UPLOAD_CHUNK_BYTES - pendingBytes
      pending.push(bytes.subarray(0, take))
      pendingBytes += take
      bytes = bytes.subarray(take)
      await flush()
    }
    if (bytes.byteLength > 0) {
      pending.push(bytes)
      pendingBytes += bytes.byteLength
    }
  }
  await flush()
  return size
}

/** Small uploads stored together: at most this many bytes (and `MANY_UPLOADS_ROWS` rows) a statement. */
const MANY_UPLOADS_BYTES = 4 * UPLOAD_CHUNK_BYTES
const MANY_UPLOADS_ROWS = 500

/**
 * Stores many uploads (a folder's files): those under a chunk in multi-row statements of up to 4 MB,
 * each larger one by `writeUpload`. One statement a file made queuing 20,000 pairs take 17 s on
 * PGlite and 28 s on PostgreSQL before the answer; the event loop still turns between statements.
 */
export async function writeUploads(db: DbOrTx, uploads: Array<{ uploadId: string; data: Uint8Array }>): Promise<void> {
  let rows: Array<{ uploadId: string; data: Uint8Array }> = []
  let bytes = 0
  const flush = async () => {
    if (rows.length === 0) return
    const values = rows.map((_, k) => `($${2 * k + 1}, 0, decode($${2 * k + 2}, 'base64'))`).join(', ')
    const sql = `INSERT INTO "UploadChunk" ("uploadId", "seq", "data") VALUES ${values}`
    const params = rows.flatMap((row) => [row.uploadId, Buffer.from(row.data).toString('base64')])
    rows = []
    bytes = 0
    const raw = rawSqlOf(db)
    if (raw) await raw.query(sql, params)
    else {
      await yieldToEventLoop()
      await db.$executeRawUnsafe(sql, ...params)
    }
  }
  for (const upload of uploads) {
    if (upload.data.byteLength >= UPLOAD_CHUNK_BYTES) {
      await writeUpload(db, upload.uploadId, upload.data)
      continue
    }
    if (bytes + upload.data.byteLength > MANY_UPLOADS_BYTES || rows.length >= MANY_UPLOADS_ROWS) await flush()
    // An empty file stores no chunk, as writeUpload does: it reads back empty.
    if (upload.data.byteLength === 0) continue
    rows.push(upload)
    bytes += upload.data.byteLength
  }
  await flush()
}

/** Reads an upload back, chunk by chunk in order (one query per chunk, so memory stays flat). */
export async function* readUpload(db: DbOrTx, uploadId: string): AsyncGenerator<Uint8Array> {
  for (let seq = 0; ; seq++) {
    // As base64 text: both drivers return it as it is (bytes come back from PGlite as an array of numbers).
    const sql = 'SELECT encode("data", \'base64\') AS "data" FROM "UploadChunk" WHERE "uploadId" = $1 AND "seq" = $2'
    const raw = rawSqlOf(db)
    const rows = raw
      ? await raw.query<{ data: string }>(sql, [uploadId, seq])
      : await db.$queryRawUnsafe<Array<{ data: string }>>(sql, uploadId, seq)
    const chunk = rows[0]
    if (!chunk) return
    yield Buffer.from(chunk.data, 'base64')
  }
}

/** A whole (small) upload in memory. */
export async function readUploadBytes(db: DbOrTx, uploadId: string): Promise<Uint8Array> {
  const parts: Uint8Array[] = []
  for await (const part of readUpload(db, uploadId)) parts.push(part)
  return Buffer.concat(parts)
}

/** Deletes an upload, and the uploads named under it (`<uploadId>/…`, a folder's files). */
export async function deleteUpload(db: DbOrTx, uploadId: string): Promise<void> {
  await db.uploadChunk.deleteMany({
    where: { OR: [{ uploadId }, { uploadId: { startsWith: `${uploadId}/` } }] },
  })
}

/**
 * Deletes uploads no job waits for (the request that stored one failed before queuing its job, or the
 * job ended and its instance died before deleting it), once older than `olderThanMs` so an upload
 * being stored right now is kept.
 */
export async function deleteOrphanUploads(db: DbOrTx, { olderThanMs }: { olderThanMs: number }): Promise<number> {
  return db.$executeRaw`
    DELETE FROM "UploadChunk" c
    WHERE c."createdAt" < now() - make_interval(secs => ${olderThanMs / 1000}::double precision)
      AND NOT EXISTS (
        SELECT 1 FROM "ImportJob" j
        WHERE j."uploadId" IS NOT NULL AND j."status" IN ('queued', 'running')
          AND (c."uploadId" = j."uploadId" OR c."uploadId" LIKE j."uploadId" || '/%')
      )`
}
