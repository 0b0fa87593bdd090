import { afterEach, beforeEach, vi } from 'vitest'
import { captureLogs, type LogEntry } from './captured-logs'

// A test fails when it logs an error or warning it did not expect (R12), on the console or through
// the logger (lib/log.ts). A test expecting one captures the logger itself (`captureLogs()`).
let unexpected: string[] = []
let logged: LogEntry[] = []
const WARN = 40

beforeEach(() => {
  unexpected = []
  logged = captureLogs()
  for (const level of ['error', 'warn'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      unexpected.push(`console.${level}: ${args.map(String).join(' ')}`)
    })
  }
})

afterEach(() => {
  vi.restoreAllMocks()
  for (const entry of logged) if (entry.level >= WARN) unexpected.push(`log: ${JSON.stringify(entry)}`)
  if (unexpected.length > 0) throw new Error(`Unexpected console output:\n${unexpected.join('\n')}`)
})
