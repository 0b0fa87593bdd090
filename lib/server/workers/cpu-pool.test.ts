import { describe, expect, test } from 'vitest'
import { lifecycle } from '@/lib/lifecycle'
import { alignSentencesFirst } from '@/lib/server/translations/align-sentences-first'
import { checkExchangeFile } from '@/lib/exchange/check-exchange-file'
import { cpuPoolSize, runCpuTask, validateSchemaInWorker, workerPool } from './cpu-pool'
import { WorkerPoolClosedError } from './worker-pool'
import { WorkerTaskError } from './worker-protocol'

const WORDS = ['river', 'stone', 'light', 'garden', 'winter', 'letter', 'window', 'market', 'silver', 'morning']

/** `count` paragraphs of two sentences each, the same on both sides but for the words' spelling. */
function paragraphs(count: number, side: 'source' | 'target'): Array<{ id: string; text: string }> {
  return Array.from({ length: count }, (_, k) => {
    const words = Array.from({ length: 6 + (k % 9) }, (_, j) => WORDS[(k * 7 + j * 3) % WORDS.length]!)
    const spelt = side === 'source' ? words : words.map((w) => `${w}en`)
    const sentence = (from: number) => `${spelt.slice(from).join(' ')} ${k}.`
    return { id: `${side}-${k}`, text: `${sentence(0)} ${sentence(2)}` }
  })
}

const LANGS = { sourceLang: 'en', targetLang: 'de' }
const shapeOf = (links: Array<{ sources: string[]; targets: string[]; confidence: number | null }>) =>
  links.map((l) => ({ sources: l.sources, targets: l.targets, confidence: l.confidence }))

describe('runCpuTask', () => {
  test('aligns in a worker thread: timers keep firing on this thread between its progress reports and its answer', async () => {
    await runCpuTask('alignSentencesFirst', {
      sources: paragraphs(1, 'source'),
      targets: paragraphs(1, 'target'),
      langs: LANGS,
    })
    const input = { sources: paragraphs(1500, 'source'), targets: paragraphs(1500, 'target'), langs: LANGS }
    let hasStarted = false
    let ticksWhileAligning = 0
    const timer = setInterval(() => {
      if (hasStarted) ticksWhileAligning++
    }, 1)
    const result = await runCpuTask('alignSentencesFirst', input, () => {
      hasStarted = true
    })
    clearInterval(timer)
    // Run on this thread, the aligner would report its progress and answer with no timer firing in between.
    expect(ticksWhileAligning).toBeGreaterThan(0)
    expect(shapeOf(result.links)).toEqual(shapeOf(alignSentencesFirst(input.sources, input.targets, LANGS).links))
    expect(result.sentences.length).toBeGreaterThanOrEqual(1500)
  })

  test('realigns with Maps and Sets as input, keeping the ids of links it finds again', async () => {
    const links = [
      { id: 'l1', sources: ['s1', 's2'], targets: ['t1'], confidence: 0.2, confirmed: false, origin: 'auto' as const },
      { id: 'l2', sources: [], targets: ['t2'], confidence: 1, confirmed: false, origin: 'auto' as const },
    ]
    const texts = {
      source: new Map([
        ['s1', 'The river is cold.'],
        ['s2', 'The stone is grey.'],
      ]),
      target: new Map([
        ['t1', 'Der Fluss ist kalt.'],
        ['t2', 'Der Stein ist grau.'],
      ]),
    }
    const realigned = await runCpuTask('realignUnconfirmed', { links, texts, langs: LANGS, anchors: new Set<string>() })
    expect(realigned.map((l) => [l.sources, l.targets])).toEqual([
      [['s1'], ['t1']],
      [['s2'], ['t2']],
    ])
  })

  test('an error in the worker rejects the caller’s promise with its name and message', async () => {
    const error = await runCpuTask('alignSentencesFirst', {
      sources: null as unknown as [],
      targets: [],
      langs: LANGS,
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WorkerTaskError)
    expect(error).toMatchObject({ name: 'TypeError' })
  })

  test('spelling runs in a worker of its own, which loads a dictionary once for every check after', async () => {
    const options = { script: 'Latin' as const, projectWords: new Set(['recieve']) }
    const first = await runCpuTask('checkSpelling', { dictionaryId: 'en', texts: ['The translater came.'], options })
    const second = await runCpuTask('checkSpelling', {
      dictionaryId: 'en',
      texts: ['Nothing wrong here.', 'They recieve a lettr.'],
      options,
    })
    expect(first.map((found) => found.map((m) => m.word))).toEqual([['translater']])
    expect(first[0]![0]!.suggestions).toContain('translator')
    expect(second.map((found) => found.map((m) => m.word))).toEqual([[], ['lettr']])
    expect(workerPool('spelling').stats()).toMatchObject({ workers: 1, started: 1 })
  })

  test('a file’s schema check can run in a worker, with the same report as in this thread', async () => {
    // A <tu> without <tuv> breaks the TMX 1.4b DTD: a warning with its line.
    const tmx = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>',
      '<body><tu><tuv xml:lang="en"><seg>One</seg></tuv><tuv xml:lang="de"><seg>Eins</seg></tuv></tu>',
      '<tu><note>no variants</note></tu></body></tmx>',
    ].join('\n')
    const inWorker = await checkExchangeFile(tmx, 'tmx', 1024 ** 2, { validate: validateSchemaInWorker })
    expect(inWorker).toEqual(await checkExchangeFile(tmx, 'tmx', 1024 ** 2))
    expect(inWorker.problems.map((p) => [p.code, p.line])).toContainEqual(['check.schema', 4])
  })

  test('the pool has PARALLEL_CPU_WORKERS threads, else the cores less one, at least one', () => {
    expect(cpuPoolSize({ PARALLEL_CPU_WORKERS: 3 } as never)).toBe(3)
    expect(cpuPoolSize({} as never)).toBeGreaterThanOrEqual(1)
  })

  test('the shutdown stops the pools’ threads; a task after it is refused by the old pool', async () => {
    const pool = workerPool('cpu')
    const spelling = workerPool('spelling')
    await runCpuTask('alignSentencesFirst', {
      sources: paragraphs(1, 'source'),
      targets: paragraphs(1, 'target'),
      langs: LANGS,
    })
    expect(pool.stats().workers).toBeGreaterThan(0)
    await lifecycle().close()
    expect(pool.stats().workers).toBe(0)
    expect(spelling.stats().workers).toBe(0)
    await expect(pool.run('alignSentencesFirst', null)).rejects.toBeInstanceOf(WorkerPoolClosedError)
  })
})
