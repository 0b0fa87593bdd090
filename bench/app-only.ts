// `npx tsx bench/app-only.ts`: only the app benchmarks (needs `npm run build`).
import { runAppBench } from './app'

console.log(JSON.stringify(await runAppBench(), null, 2))
