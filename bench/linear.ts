// `npm run bench:linear`: time for n and 2n on the inputs of issue #8 (8, 9), so growth is visible:
// a ratio near 2 is linear, near 4 quadratic. Figures only, no assertions. BENCH_SCALE multiplies n.
import { alignSentencesInLinks } from '@/lib/alignment-ops/sentence-links'
import { segmentSentences } from '@/lib/align/segment-sentences'
import { checkFile } from '@/lib/formats/check-file'
import { parseTmx } from '@/lib/formats/read-tmx'
import { parseXliff } from '@/lib/formats/read-xliff'
import { splitArticle } from '@/lib/import/split-article'
import { countWords } from '@/lib/richtext/doc-to-text'
import { htmlToDoc } from '@/lib/richtext/html-to-docs'

const SCALE = Number(process.env.BENCH_SCALE ?? 1)

const words = (n: number) =>
  Array.from({ length: n }, (_, i) => (i % 10 === 9 ? `word${i}.` : i % 10 === 0 ? `Word${i}` : `word${i}`)).join(' ')
const tmx = (seg: string) =>
  `<?xml version="1.0"?><tmx version="1.4"><header creationtool="b" creationtoolversion="1" segtype="paragraph" o-tmf="b" adminlang="en" srclang="en" datatype="html"/><body><tu><tuv xml:lang="en"><seg>${seg}</seg></tuv></tu></body></tmx>`
const xliff = (source: string) =>
  `<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="fr" datatype="plaintext" original="b"><body><trans-unit id="1"><source>${source}</source></trans-unit></body></file></xliff>`

const xliff2 = (units: string[]) =>
  `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en"><file id="f">${units.join('\n')}</file></xliff>`

const CASES: Array<{ name: string; n: number; run: (n: number) => unknown }> = [
  {
    name: 'article import, one paragraph (words)',
    n: 40_000,
    run: (n) =>
      splitArticle(words(n), 'text').map((doc) =>
        countWords(doc.content[0]!.content![0]!.type === 'text' ? doc.content[0]!.content![0]!.text : ''),
      ),
  },
  { name: 'countWords (words)', n: 40_000, run: (n) => countWords(words(n)) },
  { name: 'segmentSentences, one paragraph (words)', n: 40_000, run: (n) => segmentSentences(words(n), 'en') },
  {
    name: 'sentence alignment inside one paragraph pair (words)',
    n: 20_000,
    run: (n) =>
      alignSentencesInLinks(
        [{ id: 's', text: words(n) }],
        [{ id: 't', text: words(n) }],
        [{ source: [0], target: [0] }],
        {
          sourceLang: 'en',
          targetLang: 'fr',
        },
      ),
  },
  {
    name: 'HTML <b> nesting depth',
    n: 40_000,
    run: (n) => htmlToDoc('<p>' + '<b>'.repeat(n) + 'x' + '</b>'.repeat(n) + '</p>'),
  },
  {
    name: 'HTML <b>/<i> nesting with text at each level',
    n: 40_000,
    run: (n) => htmlToDoc('<p>' + Array.from({ length: n }, (_, k) => (k % 2 ? '<i>a' : '<b>a')).join('') + '</p>'),
  },
  {
    name: 'TMX segment with inline codes (+ word count)',
    n: 10_000,
    run: async (n) => {
      const file = await parseTmx(
        tmx(Array.from({ length: n }, (_, i) => `w${i}<ph x="${i}">&lt;img/&gt;</ph>`).join(' ')),
      )
      return countWords(file.units[0]!.source!.text)
    },
  },
  {
    name: 'XLIFF nested <g> with text at each level',
    n: 10_000,
    run: (n) =>
      parseXliff(xliff(Array.from({ length: n }, (_, k) => `<g id="${k}" ctype="bold">a`).join('') + '</g>'.repeat(n))),
  },
  {
    // libxml2-wasm's own validate() made this quadratic (an XPath per error): docs/decisions/013-schema-validation.md.
    name: 'XLIFF 2 check with a schema error in every unit (units)',
    n: 10_000,
    run: (n) =>
      checkFile(
        xliff2(
          Array.from(
            { length: n },
            (_, k) => `<unit id="u${k}" translate="no!"><segment><source>a</source></segment></unit>`,
          ),
        ),
        { format: 'xliff' },
      ),
  },
]

async function time(run: (n: number) => unknown, n: number): Promise<number> {
  const start = performance.now()
  await run(n)
  return performance.now() - start
}

export async function runLinearBench() {
  const results = []
  for (const { name, n: base, run } of CASES) {
    const n = Math.round(base * SCALE)
    await time(run, Math.max(1, Math.round(n / 20))) // warm up
    const one = await time(run, n)
    const two = await time(run, 2 * n)
    const row = { name, n, ms: Math.round(one), n2: 2 * n, ms2: Math.round(two), ratio: Number((two / one).toFixed(2)) }
    console.log(`${name}: n=${n} ${row.ms} ms, 2n=${2 * n} ${row.ms2} ms (×${row.ratio})`)
    results.push(row)
  }
  return results
}

if (import.meta.url === `file://${process.argv[1]}`) await runLinearBench()
