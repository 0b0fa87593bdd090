// `npm run bench:align`: accuracy on the gold sets and speed on synthetic text, each case in a fresh process.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { align } from '@/lib/align/align'
import { parseLinks } from '@/lib/align/link-format'
import {
  countAlignmentMatches,
  scoresFromCounts,
  sumAlignmentCounts,
  type AlignmentScores,
} from '@/lib/align/score-alignment'
import { alignGoldSentencesInParagraphs, alignThroughApp, type Paragraphing } from './app-path'
import { generateParallel } from './generate-parallel'

const HERE = dirname(fileURLToPath(import.meta.url))
// BENCH_ALIGN_DATA: another folder of gold sets in the same layout (`<src>-<tgt>_<name>/<doc>/{src,tgt,gold}.txt`).
const DATA = process.env.BENCH_ALIGN_DATA ?? join(HERE, 'data')
const RESULTS = join(HERE, '..', 'results', process.env.BENCH_ALIGN_DATA ? 'align-other.json' : 'align.json')
const SPEED_CASES: Array<[number, number]> = [
  [5000, 6000],
  [10000, 10000],
]

type CaseResult = {
  name: string
  sentences: [number, number]
  seconds: number
  peakMB: number
  scores: AlignmentScores
}

function readLines(path: string): string[] {
  const lines = readFileSync(path, 'utf8').split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

type GoldDocument = { source: string[]; target: string[]; gold: ReturnType<typeof parseLinks> }
type Aligner = (doc: GoldDocument) => Array<{ source: number[]; target: number[] }>

/** Languages of a gold set, from its folder name (`de-fr_textberg_dev`). */
function langsOf(set: string) {
  const [sourceLang = '', targetLang = ''] = set.split('_')[0]!.split('-')
  return { sourceLang, targetLang }
}

function measure(
  name: string,
  documents: GoldDocument[],
  aligner: Aligner = (doc) => align(doc.source, doc.target),
): CaseResult {
  const started = performance.now()
  const counts = documents.map((doc) => countAlignmentMatches(aligner(doc), doc.gold))
  const seconds = (performance.now() - started) / 1000
  return {
    name,
    sentences: [
      documents.reduce((n, doc) => n + doc.source.length, 0),
      documents.reduce((n, doc) => n + doc.target.length, 0),
    ],
    seconds,
    peakMB: process.resourceUsage().maxRSS / 1024,
    scores: scoresFromCounts(sumAlignmentCounts(counts)),
  }
}

function runCase(name: string): CaseResult {
  const speed = /^synthetic-(\d+)x(\d+)$/.exec(name)
  if (speed) {
    const pair = generateParallel(Number(speed[1]), Number(speed[2]), 20240601)
    return measure(name, [{ source: pair.source, target: pair.target, gold: pair.gold }])
  }
  const app = /^(app|paragraphs)-(same|different):(.+)$/.exec(name)
  const setName = app ? app[3]! : name
  const set = join(DATA, setName)
  const documents = readdirSync(set, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((doc) => ({
      source: readLines(join(set, doc, 'src.txt')),
      target: readLines(join(set, doc, 'tgt.txt')),
      gold: parseLinks(readFileSync(join(set, doc, 'gold.txt'), 'utf8')),
    }))
  if (!app) return measure(name, documents, (doc) => align(doc.source, doc.target, langsOf(setName)))
  const paragraphing = app[2] as Paragraphing
  const aligner = app[1] === 'app' ? alignThroughApp : alignGoldSentencesInParagraphs
  return measure(name, documents, (doc) => aligner(doc.source, doc.target, doc.gold, langsOf(setName), paragraphing))
}

function format(result: CaseResult): string {
  const { strict, lax } = result.scores
  const pct = (value: number) => value.toFixed(3)
  return [
    result.name.padEnd(34),
    `${result.sentences[0]}x${result.sentences[1]}`.padEnd(12),
    `strict P ${pct(strict.precision)} R ${pct(strict.recall)} F1 ${pct(strict.f1)}`,
    `lax P ${pct(lax.precision)} R ${pct(lax.recall)} F1 ${pct(lax.f1)}`,
    `${result.seconds.toFixed(2)} s`,
    `peak ${result.peakMB.toFixed(0)} MB`,
  ].join('  ')
}

function main() {
  const caseIndex = process.argv.indexOf('--case')
  if (caseIndex >= 0) {
    process.stdout.write(JSON.stringify(runCase(process.argv[caseIndex + 1] ?? '')))
    return
  }
  const sets = readdirSync(DATA, { withFileTypes: true }).filter(
    (entry) => entry.isDirectory() && entry.name !== 'licenses',
  )
  const setNames = sets.map((entry) => entry.name).sort()
  const names = [
    ...setNames,
    // The app's import: sentences joined into paragraphs, the same way on both sides and differently.
    // `paragraphs-`: the same, on the gold's own sentences (what the alignment gets with a perfect splitter).
    ...setNames.flatMap((set) => [
      `app-same:${set}`,
      `app-different:${set}`,
      `paragraphs-same:${set}`,
      `paragraphs-different:${set}`,
    ]),
    ...SPEED_CASES.map(([n, m]) => `synthetic-${n}x${m}`),
  ]
  const results = names.map((name) => {
    const output = execFileSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), '--case', name],
      { encoding: 'utf8' },
    )
    const result = JSON.parse(output) as CaseResult
    process.stdout.write(`${format(result)}\n`)
    return result
  })
  mkdirSync(dirname(RESULTS), { recursive: true })
  writeFileSync(RESULTS, `${JSON.stringify({ node: process.version, results }, null, 2)}\n`)
  process.stdout.write(`written ${RESULTS}\n`)
}

main()
