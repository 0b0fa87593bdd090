import { GlossarySection } from '@/components/glossary/glossary-section'
import { QaSection } from '@/components/qa/qa-section'
import { SpellingSection } from '@/components/spelling/spelling-section'
import { TmMatchesSection } from '@/components/tm/tm-matches-section'
import type { AssistSection } from './assist-context'

/** The sections of the assist panel, in the order they show under the active segment: matches, terms, warnings, spelling. */
export const ASSIST_SECTIONS: AssistSection[] = [
  { id: 'tm', Component: TmMatchesSection },
  { id: 'glossary', Component: GlossarySection },
  { id: 'qa', Component: QaSection },
  { id: 'spelling', Component: SpellingSection },
]
