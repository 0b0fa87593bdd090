import { realignUnconfirmed } from '@/lib/alignment-ops/realign-unconfirmed'
import type { OpLink } from '@/lib/alignment-ops/types'
import { newId } from '@/lib/db/bulk-insert'
import { alignSentencesFirst } from '@/lib/server/translations/align-sentences-first'
import type { Task } from './serve-tasks'

type Langs = { sourceLang: string; targetLang: string }
type Unit = { id: string; text: string }

/**
 * The CPU-bound work that runs in the worker threads (`cpu-worker.ts`), by name. Inputs and outputs are
 * plain data (structured clone: objects, arrays, Maps, Sets), so the calling thread's event loop stays free.
 */
export const CPU_TASKS = {
  /** An import's alignment of a whole translation: paragraph links and the sentence pairs inside them. */
  alignSentencesFirst: ((input, progress) =>
    alignSentencesFirst(input.sources, input.targets, input.langs, progress)) satisfies Task<
    { sources: Unit[]; targets: Unit[]; langs: Langs },
    ReturnType<typeof alignSentencesFirst>
  >,
  /** "Realign unconfirmed": every stretch of automatic links aligned again. */
  realignUnconfirmed: ((input) =>
    realignUnconfirmed(input.links, input.texts, input.langs, newId, input.anchors)) satisfies Task<
    {
      links: OpLink[]
      texts: { source: Map<string, string>; target: Map<string, string> }
      langs: Langs
      anchors: Set<string>
    },
    OpLink[]
  >,
}

export type CpuTasks = typeof CPU_TASKS
