// `npm run bench:batch [-- --pairs 200 --sentences 80]`: the speed of `cli align-batch`, in process.
// Writes N synthetic document pairs (.txt, .md, .html and .docx in turn) to a temporary folder, aligns
// them all into one TMX file and prints pairs per second and sentences per second.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createWriteStream } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { alignBatch } from '@/bin/commands/align-batch'
import { parsePairs } from '@/lib/corpus/parse-pairs'
import { writeDocx } from '@/lib/import/test-fixtures/zip'
import { createRandom, generateParallel } from './align/generate-parallel'

const { values } = parseArgs({
  options: { pairs: { type: 'string', default: '200' }, sentences: { type: 'string', default: '80' } },
})
const PAIRS = Number(values.pairs)
const SENTENCES = Number(values.sentences)
const KINDS = ['txt', 'md', 'html', 'docx'] as const

/** Paragraphs of 3 to 7 gold links each, so both sides break paragraphs at the same places. */
function paragraphs(seed: number): { source: string[][]; target: string[][] } {
  const pair = generateParallel(SENTENCES, Math.round(SENTENCES * 1.03), seed)
  // Capitals, so the sentence splitter sees where the made-up sentences end.
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
  pair.source = pair.source.map(capital)
  pair.target = pair.target.map(capital)
  const random = createRandom(seed + 1)
  const source: string[][] = [[]]
  const target: string[][] = [[]]
  let left = 3 + Math.floor(random() * 5)
  for (const link of pair.gold) {
    source[source.length - 1]!.push(...link.source.map((k) => pair.source[k]!))
    target[target.length - 1]!.push(...link.target.map((k) => pair.target[k]!))
    if (--left === 0) {
      source.push([])
      target.push([])
      left = 3 + Math.floor(random() * 5)
    }
  }
  const kept = source.map((_, p) => p).filter((p) => source[p]!.length > 0 && target[p]!.length > 0)
  return { source: kept.map((p) => source[p]!), target: kept.map((p) => target[p]!) }
}

function render(kind: (typeof KINDS)[number], text: string[][]): string | Uint8Array {
  const blocks = text.map((p) => p.join(' '))
  if (kind === 'txt') return `${blocks.join('\n\n')}\n`
  if (kind === 'md') return `${blocks.map((b) => b.replace(/^(\w+)/, '*$1*')).join('\n\n')}\n`
  if (kind === 'html') return `<html><body>${blocks.map((b) => `<p>${b}</p>`).join('')}</body></html>`
  return writeDocx(blocks)
}

const dir = mkdtempSync(join(tmpdir(), 'parallel-bench-batch-'))
try {
  let list = 'source\ttarget\n'
  for (let k = 0; k < PAIRS; k++) {
    const kind = KINDS[k % KINDS.length]!
    const { source, target } = paragraphs(1000 + k)
    mkdirSync(join(dir, 'de'), { recursive: true })
    mkdirSync(join(dir, 'fr'), { recursive: true })
    writeFileSync(join(dir, 'de', `doc${k}.${kind}`), render(kind, source))
    writeFileSync(join(dir, 'fr', `doc${k}.${kind}`), render(kind, target))
    list += `de/doc${k}.${kind}\tfr/doc${k}.${kind}\n`
  }
  const pairsPath = join(dir, 'pairs.tsv')
  writeFileSync(pairsPath, list)
  const out = createWriteStream(join(dir, 'corpus.tmx'))
  const problems: string[] = []
  const stats = await alignBatch(
    { pairsPath, pairs: parsePairs(list).pairs, sourceLang: 'de', targetLang: 'fr', format: 'tmx' },
    {
      write: (chunk) => new Promise((done) => (out.write(chunk) ? done() : out.once('drain', done))),
      problem: (message) => problems.push(message),
    },
  )
  await new Promise<void>((done) => out.end(done))
  if (problems.length > 0) throw new Error(problems.join('\n'))
  const peakMB = Math.round(process.memoryUsage().rss / 1024 / 1024)
  console.log(
    `align-batch: ${stats.pairs} pairs (${SENTENCES} source sentences each, .txt/.md/.html/.docx), ` +
      `${stats.sentences} sentences, ${stats.units} units, ` +
      `${Math.round(statSync(join(dir, 'corpus.tmx')).size / 1024)} KB of TMX in ${stats.seconds.toFixed(1)} s: ` +
      `${(stats.pairs / stats.seconds).toFixed(1)} pairs/s, ${Math.round(stats.sentences / stats.seconds)} sentences/s, ` +
      `rss ${peakMB} MB`,
  )
} finally {
  rmSync(dir, { recursive: true, force: true })
}
