import { TmMatchesSection } from '@/components/tm/tm-matches-section'
import type { AssistSection } from './assist-context'

/** The sections of the assist panel, in the order they show under the active segment. */
export const ASSIST_SECTIONS: AssistSection[] = [{ id: 'tm', Component: TmMatchesSection }]
