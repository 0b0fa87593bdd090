import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { align } from '@/lib/align/align'
import { guessLanguage } from '@/lib/align/guess-language'
import { formatLinks } from '@/lib/align/link-format'

const USAGE = 'usage: cli align --source SRC.txt --target TGT.txt [--source-lang de] [--target-lang fr]\n'

/** One segment per line; a final newline does not start another segment, but empty lines are segments. */
function readSegments(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

/** `cli align`: aligns two files of one segment per line and prints `[0,1]:[0]` links to stdout. */
export async function run(args: string[]): Promise<number> {
  let values: { source?: string; target?: string; 'source-lang'?: string; 'target-lang'?: string; help?: boolean }
  try {
    ;({ values } = parseArgs({
      args,
      options: {
        source: { type: 'string' },
        target: { type: 'string' },
        'source-lang': { type: 'string' },
        'target-lang': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }))
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`)
    return 2
  }
  if (values.help) {
    process.stderr.write(USAGE)
    return 0
  }
  if (!values.source || !values.target) {
    process.stderr.write(`--source and --target are required\n${USAGE}`)
    return 2
  }
  let sourceText: string
  let targetText: string
  try {
    ;[sourceText, targetText] = await Promise.all([readFile(values.source, 'utf8'), readFile(values.target, 'utf8')])
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
  for (const [path, text] of [
    [values.source, sourceText],
    [values.target, targetText],
  ] as const) {
    // NUL bytes or undecodable UTF-8 mean a binary file or another encoding: aligning it would print nonsense.
    if (text.includes('\u0000') || text.includes('\uFFFD')) {
      process.stderr.write(`${path}: not a UTF-8 text file (one segment per line is expected)\n`)
      return 1
    }
  }
  const links = align(readSegments(sourceText), readSegments(targetText), {
    sourceLang: values['source-lang'] ?? guessLanguage(sourceText),
    targetLang: values['target-lang'] ?? guessLanguage(targetText),
  })
  process.stdout.write(formatLinks(links))
  return 0
}
