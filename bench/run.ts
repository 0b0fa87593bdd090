// `npm run bench`: the app benchmarks (needs `npm run build`) and the exchange-format benchmarks.
import { mkdirSync, writeFileSync } from 'node:fs'
import { runAppBench } from './app'
import { runExchangeDbBench } from './exchange-db'
import { runFormatsBench } from './formats'
import { runTmBench } from './tm'

const app = await runAppBench()
console.log('App:', JSON.stringify(app, null, 2))
const formats = await runFormatsBench()
console.log('Formats:', JSON.stringify(formats, null, 2))
const exchangeDb = await runExchangeDbBench()
console.log('Exchange with the database:', JSON.stringify(exchangeDb, null, 2))
const tm = await runTmBench()
console.log('Translation memory:', JSON.stringify(tm, null, 2))
mkdirSync('bench/results', { recursive: true })
writeFileSync('bench/results/bench.json', JSON.stringify({ app, formats, exchangeDb, tm }, null, 2))
