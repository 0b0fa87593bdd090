import path from 'node:path'
import { z } from 'zod'

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  PARALLEL_DATA_DIR: z.string().default('.data/pglite'),
  PARALLEL_MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(5 * 1024 * 1024),
  /** Largest TMX, XLIFF or JSON file an import or a check accepts (default 1 GB). */
  PARALLEL_MAX_IMPORT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(1024 ** 3),
  /** Files above this size import as a background job (default 2 MB). */
  PARALLEL_IMPORT_SYNC_BYTES: z.coerce
    .number()
    .int()
    .nonnegative()
    .default(2 * 1024 * 1024),
  /** Scratch files of this instance's import jobs (slot spools; uploads wait in the database); default: next to the PGlite folder. */
  PARALLEL_IMPORT_DIR: z.string().optional(),
  /** How long a job stays claimed by an instance that stops renewing it (it died) before another takes it over. */
  PARALLEL_JOB_LEASE_MS: z.coerce.number().int().min(1000).default(60_000),
  /** Worker threads for CPU-bound work (alignment); default: the cores less one, at least one. 0 runs it in the request thread. */
  PARALLEL_CPU_WORKERS: z.coerce.number().int().min(0).max(64).optional(),
  /** How long a CLI command waits for the running app to let it into the PGlite folder the app holds before it gives up. */
  PARALLEL_CLI_WAIT_MS: z.coerce.number().int().positive().default(60_000),
  PARALLEL_SKIP_SEED: z.enum(['0', '1']).default('0'),
  /** Key for signing session cookies; default: a random key kept in the data folder. Servers sharing a database share it. */
  BETTER_AUTH_SECRET: z.string().min(32).optional(),
  /** The app's public address (https://parallel.example.org); default: the address each request came to. */
  PARALLEL_BASE_URL: z.string().url().optional(),
  /** After SIGTERM, how long requests in flight may run before their connections are closed (read by scripts/serve.mjs). */
  PARALLEL_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  /**
   * How many proxies in front of the app append the client's address to X-Forwarded-For (read by
   * scripts/serve.mjs); 0, the default, believes no such header: limits per address use the socket's peer.
   */
  PARALLEL_TRUSTED_PROXIES: z.string().optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** The least severe log entries written (JSON lines on stdout): fatal, error, warn, info, debug, trace or silent. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
})

export type Env = z.infer<typeof EnvSchema>

/** The only place that reads process.env (R18). */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  return EnvSchema.parse(source)
}

/** The folder holding the PGlite folder, the auth key and the demo accounts file. */
export function dataRoot(env: Env = readEnv()): string {
  return path.dirname(path.resolve(env.PARALLEL_DATA_DIR))
}
