// Stands in for the app server in tests of the CLI beside it: opens PARALLEL_DATA_DIR the way the server does
// (getDb, which also serves the folder on a unix socket) and keeps writing until told `stop` on stdin: documents
// titled `app <n>`, and between them transactions titled `pending` that it rolls back.
import path from 'node:path'
import { createInterface } from 'node:readline'
import { setTimeout as sleep } from 'node:timers/promises'
import { textToDoc } from '../../richtext/text-to-doc'
import { getDb } from '../client'
import { createDocument } from '../documents'
import { findServedPglite } from '../pglite-server'

class RolledBack extends Error {}

const dataDir = path.resolve(process.env.PARALLEL_DATA_DIR ?? '')
const db = getDb()
await db.$queryRaw`SELECT 1`
while (!findServedPglite(dataDir)) await sleep(20)
process.stdout.write('ready\n')

let stopped = false
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line === 'stop') stopped = true
})

const paragraphs = [textToDoc('Written by the app.')]
let written = 0
while (!stopped) {
  await createDocument(db, { title: `app ${written}`, sourceLang: 'en', paragraphs })
  written++
  await db
    .$transaction(async (tx) => {
      await createDocument(tx, { title: 'pending', sourceLang: 'en', paragraphs })
      await sleep(20)
      throw new RolledBack()
    })
    .catch((error: unknown) => {
      if (!(error instanceof RolledBack)) throw error
    })
}
process.stdout.write(`written ${written}\n`)
// Keeps serving until the test kills it.
setInterval(() => undefined, 1000)
