import { configureLogger } from '../log'

/** One log entry as written: pino's level number (30 info, 40 warn, 50 error), time, msg and the fields. */
export type LogEntry = { level: number; msg?: string } & Record<string, unknown>

/** Sends the process's logger into the returned array (every level) until the next call. */
export function captureLogs(): LogEntry[] {
  const entries: LogEntry[] = []
  configureLogger({
    level: 'trace',
    destination: { write: (line: string) => entries.push(JSON.parse(line) as LogEntry) },
  })
  return entries
}
