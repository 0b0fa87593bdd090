// Command-line entry: `npm run --silent cli -- <command> [options]`. Each command lives in bin/commands/<command>.ts.
const COMMANDS = ['align', 'export'] as const
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

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  },
)
