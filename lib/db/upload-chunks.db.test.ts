import { randomBytes, randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from './client'
import { testBackends } from './test/test-databases'
import {
  deleteUpload,
  readUpload,
  readUploadBytes,
  UPLOAD_CHUNK_BYTES,
  writeUpload,
  writeUploads,
} from './upload-chunks'

describe.each(testBackends())('uploads stored in the database on $name', ({ open }) => {
  let db: Db
  beforeAll(async () => {
    db = await open()
  })
  afterAll(async () => db.$disconnect())

  test('what is written in pieces reads back byte for byte, across chunk edges', async () => {
    const id = randomUUID()
    const bytes = randomBytes(2 * UPLOAD_CHUNK_BYTES + 12_345)
    const pieces = [
      bytes.subarray(0, 7),
      bytes.subarray(7, UPLOAD_CHUNK_BYTES + 3),
      bytes.subarray(UPLOAD_CHUNK_BYTES + 3),
    ]
    expect(await writeUpload(db, id, pieces)).toBe(bytes.byteLength)
    expect(Buffer.from(await readUploadBytes(db, id)).equals(bytes)).toBe(true)
    await deleteUpload(db, id)
    expect(await readUploadBytes(db, id)).toHaveLength(0)
  })

  test('many uploads stored together read back each byte for byte: small ones, an empty one and one over a chunk', async () => {
    const folder = randomUUID()
    const uploads = [
      ...Array.from({ length: 1_200 }, (_, k) => ({
        uploadId: `${folder}/${k}`,
        data: randomBytes(k % 7 === 0 ? 9_000 : 40),
      })),
      { uploadId: `${folder}/empty`, data: new Uint8Array(0) },
      { uploadId: `${folder}/big`, data: randomBytes(UPLOAD_CHUNK_BYTES + 5) },
    ]
    await writeUploads(db, uploads)
    for (const upload of uploads)
      expect(Buffer.from(await readUploadBytes(db, upload.uploadId)).equals(upload.data)).toBe(true)
    await deleteUpload(db, folder)
    expect(await db.uploadChunk.count({ where: { uploadId: { startsWith: `${folder}/` } } })).toBe(0)
  })

  test('a big upload lets other requests run between its chunks (the event loop turns at each one)', async () => {
    const id = randomUUID()
    const chunks = 6
    let turns = 0
    let running = true
    const count = () => {
      turns++
      if (running) setImmediate(count)
    }
    setImmediate(count)
    await writeUpload(db, id, randomBytes(chunks * UPLOAD_CHUNK_BYTES))
    const whileWriting = turns
    turns = 0
    for await (const chunk of readUpload(db, id)) expect(chunk.byteLength).toBeGreaterThan(0)
    running = false
    expect(whileWriting).toBeGreaterThanOrEqual(chunks)
    expect(turns).toBeGreaterThanOrEqual(chunks)
    await deleteUpload(db, id)
  })
})
