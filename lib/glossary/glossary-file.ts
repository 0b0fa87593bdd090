import type { TermFields } from './term'
import type { TermProblem } from './normalize-term'

/** One entry read from a glossary file: a term pair to store, or why it was left out. `at` is the row (CSV, as a spreadsheet numbers it: header = 1, blank lines counted) or entry number (TBX, from 1). */
export type ReadTermRow = { at: number; term: TermFields } | { at: number; problem: TermProblem; sourceTerm: string }

/** A glossary file read: its entries, and its languages when it names them (TBX). */
export type ReadGlossary = { rows: ReadTermRow[]; srcLang?: string; tgtLang?: string }
