import { createHash, randomUUID } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** The two calls the runner needs; PGlite and node-postgres both provide them. */
export type SqlRunner = {
  exec: (sql: string) => Promise<unknown>
  query: <T>(sql: string, params?: unknown[]) => Promise<{ rows: T[] }>
}

const TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`

/**
 * Applies pending migrations from prisma/migrations, recording them in Prisma's own `_prisma_migrations`
 * table, so the history is the one `prisma migrate deploy` keeps (see docs/decisions/001-migration-runner.md).
 */
/** The migrations this build carries, by folder name, in the order they apply. */
export function migrationNames(migrationsDir = path.resolve('prisma/migrations')): string[] {
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
}

/**
 * The migrations this build carries that the database has not applied (all of them on an empty
 * database): readiness answers 503 until `scripts/prepare-db.ts` has run.
 */
export async function listPendingMigrations(
  db: Pick<SqlRunner, 'query'>,
  migrationsDir = path.resolve('prisma/migrations'),
): Promise<string[]> {
  const [table] = (await db.query<{ name: string | null }>(`SELECT to_regclass('"_prisma_migrations"')::text AS name`))
    .rows
  const applied = new Set(
    table?.name
      ? (
          await db.query<{ migration_name: string }>(
            'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
          )
        ).rows.map((r) => r.migration_name)
      : [],
  )
  return migrationNames(migrationsDir).filter((name) => !applied.has(name))
}

export async function applyMigrations(
  db: SqlRunner,
  migrationsDir = path.resolve('prisma/migrations'),
): Promise<string[]> {
  await db.exec(TABLE)
  const done = await db.query<{ migration_name: string; checksum: string }>(
    'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
  )
  const applied = new Map(done.rows.map((r) => [r.migration_name, r.checksum]))
  const names = migrationNames(migrationsDir)
  const newlyApplied: string[] = []
  for (const name of names) {
    const sql = readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8')
    const checksum = createHash('sha256').update(sql).digest('hex')
    const previous = applied.get(name)
    if (previous !== undefined) {
      if (previous !== checksum) throw new Error(`Migration ${name} was changed after it was applied`)
      continue
    }
    try {
      await db.exec(`BEGIN;\n${sql}\n;`)
      await db.query(
        'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), now(), 1)',
        [randomUUID(), checksum, name],
      )
      await db.exec('COMMIT')
    } catch (error) {
      await db.exec('ROLLBACK')
      throw error
    }
    newlyApplied.push(name)
  }
  return newlyApplied
}
