// `npm run bench:segmentation`: how many of the gold sets' sentence boundaries the sentence splitter
// finds. Each src.txt / tgt.txt holds one sentence per line; runs of 4 lines are joined with single
// spaces and split again, and the 3 boundaries inside each run are compared with those found
// (recall over gold boundaries, precision over found ones, summed per language). Figures only.
// `--errors` prints the boundaries missed and the ones found in excess.
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { segmentSentences } from '@/lib/align/segment-sentences'

const DATA = join(dirname(fileURLToPath(import.meta.url)), 'align', 'data')
const RUN = 4
const SHOW_ERRORS = process.argv.includes('--errors')

type Counts = { gold: number; found: number; hits: number }

const nonSpace = (text: string) => text.replace(/\s+/gu, '').length

/** Boundaries as the number of non-space characters before them, so normalised spaces do not matter. */
function boundaries(pieces: string[]): number[] {
  const out: number[] = []
  let at = 0
  for (const piece of pieces.slice(0, -1)) {
    at += nonSpace(piece)
    out.push(at)
  }
  return out
}

function show(text: string, at: number): string {
  let seen = 0
  let i = 0
  while (i < text.length && seen < at) if (!/\s/u.test(text[i++]!)) seen++
  return `${text.slice(Math.max(0, i - 40), i)} ‖ ${text.slice(i, i + 30)}`.replace(/\s+/gu, ' ')
}

function measureFile(path: string, lang: string, counts: Counts): void {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter((line) => line !== '')
  for (let start = 0; start < lines.length; start += RUN) {
    const run = lines.slice(start, start + RUN)
    const text = run.join(' ')
    const gold = new Set(boundaries(run))
    const found = new Set(boundaries(segmentSentences(text, lang)))
    counts.gold += gold.size
    counts.found += found.size
    for (const at of found) if (gold.has(at)) counts.hits++
    if (!SHOW_ERRORS) continue
    for (const at of gold) if (!found.has(at)) console.log(`  ${lang} missed: ${show(text, at)}`)
    for (const at of found) if (!gold.has(at)) console.log(`  ${lang} extra:  ${show(text, at)}`)
  }
}

const SETS: Array<{ folder: string; source: string; target: string }> = [
  { folder: 'de-fr_textberg_dev', source: 'de', target: 'fr' },
  { folder: 'en-is_parice', source: 'en', target: 'is' },
]

const byLang = new Map<string, Counts>()
const counted = (lang: string) => {
  const counts = byLang.get(lang) ?? { gold: 0, found: 0, hits: 0 }
  byLang.set(lang, counts)
  return counts
}
for (const set of SETS) {
  for (const doc of readdirSync(join(DATA, set.folder)).sort()) {
    measureFile(join(DATA, set.folder, doc, 'src.txt'), set.source, counted(set.source))
    measureFile(join(DATA, set.folder, doc, 'tgt.txt'), set.target, counted(set.target))
  }
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b)
const total: Counts = { gold: 0, found: 0, hits: 0 }
console.log(`sentence boundaries inside runs of ${RUN} gold lines`)
console.log('lang  gold  found  hits  precision  recall  F1')
for (const [lang, c] of [...byLang, ['all', total] as const]) {
  if (lang !== 'all') for (const key of ['gold', 'found', 'hits'] as const) total[key] += c[key]
  const p = ratio(c.hits, c.found)
  const r = ratio(c.hits, c.gold)
  const f = ratio(2 * p * r, p + r)
  console.log(
    `${lang.padEnd(4)} ${String(c.gold).padStart(5)} ${String(c.found).padStart(6)} ${String(c.hits).padStart(5)}` +
      `  ${p.toFixed(3).padStart(9)}  ${r.toFixed(3).padStart(6)}  ${f.toFixed(3)}`,
  )
}
