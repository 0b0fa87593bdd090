import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'

/** A misspelled word's place in the document. */
export type SpellingRange = { from: number; to: number }

export const spellingKey = new PluginKey<DecorationSet>('spelling')

/** Shows these misspellings (replacing the ones shown): dispatch the returned transaction. */
export function setSpellingRanges(tr: Transaction, ranges: SpellingRange[]): Transaction {
  return tr.setMeta(spellingKey, ranges).setMeta('addToHistory', false)
}

/** Red wavy underlines under misspelled words; they follow the text as it is edited until the next check. */
export const SpellingDecorations = Extension.create({
  name: 'spellingDecorations',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: spellingKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set) {
            const ranges = tr.getMeta(spellingKey) as SpellingRange[] | undefined
            if (ranges)
              return DecorationSet.create(
                tr.doc,
                ranges.map((r) => Decoration.inline(r.from, r.to, { class: 'misspelled', 'data-misspelled': '' })),
              )
            return set.map(tr.mapping, tr.doc)
          },
        },
        props: { decorations: (state) => spellingKey.getState(state) },
      }),
    ]
  },
})
