import { describe, expect, test } from 'vitest'
import { findTerms } from './find-terms'
import { pickNonOverlapping } from './pick-non-overlapping'
import { markTermsInHtml, termTextOfHtml } from './mark-terms-html'
import { buildTermIndex } from './term-index'

const terms = [
  { id: 'a', sourceTerm: 'contract', targetTerm: 'договор', forbidden: ['контракт'] },
  { id: 'b', sourceTerm: 'translation memory', targetTerm: 'память "ТМ"', forbidden: [] },
]

function mark(html: string): string {
  const matches = findTerms(termTextOfHtml(html), buildTermIndex(terms, 'en'))
  return markTermsInHtml(html, pickNonOverlapping(matches))
}

describe('markTermsInHtml', () => {
  test('marks inflected terms with their target as the title, entities and tags left whole', () => {
    expect(mark('<p>Two <i>contracts</i> &amp; a translation memory.</p>')).toBe(
      '<p>Two <i><mark class="term" data-term-id="a" title="договор ≠ контракт">contracts</mark></i> &amp; a ' +
        '<mark class="term" data-term-id="b" title="память &quot;ТМ&quot;">translation memory</mark>.</p>',
    )
  })

  test('words of two paragraphs do not run together, and a term across a tag is not marked', () => {
    expect(termTextOfHtml('<p>translation</p><p>memory</p>')).toBe(' translation  memory ')
    expect(mark('<p>a <b>translation</b> memory</p>')).toBe('<p>a <b>translation</b> memory</p>')
  })

  test('offsets after an entity stay right', () => {
    expect(mark('<p>&lt;&gt; &#x41; contract</p>')).toBe(
      '<p>&lt;&gt; &#x41; <mark class="term" data-term-id="a" title="договор ≠ контракт">contract</mark></p>',
    )
  })

  test('no matches: the HTML is returned as it was', () => {
    expect(mark('<p>Nothing here.</p>')).toBe('<p>Nothing here.</p>')
  })
})
