// Command-line entry: `npm run --silent cli -- <command> [options]`. Each command lives in bin/commands/<command>.ts.
const COMMANDS = ['align', 'align-batch', 'export', 'user', 'token'] as const
type Command = (typeof COMMANDS)[number]

function isCommand(name: string | undefined): name is Command {
  return COMMANDS.includes(name as Command)
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  const usage = `usage: cli <${COMMANDS.join('|')}> [options]   (cli <command> --help for its options)\n`
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage)
    return 0
  }
  if (!isCommand(name)) {
    process.stderr.write(usage)
    return 2
  }
  const mod = (await import(`./commands/${name}.ts`)) as { run: (args: string[]) => Promise<number> }
  return mod.run(rest)
}

/** True when stdout's reader went away (`cli … | head`): nothing more can be written, and that is no error. */
function isClosedPipe(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED'
}

process.stdout.on('error', (error) => {
  if (isClosedPipe(error)) return
  process.stderr.write(`${error.message}\n`)
  process.exitCode = 1
})

// Never process.exit(): it would drop what stdout has not yet handed to a pipe. Set the code and let
// the process end once stdout has drained.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    if (isClosedPipe(error)) return
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  },
)
