import { describe, expect, test } from 'vitest'
import { highlightMatches } from './highlight-matches'

describe('highlightMatches', () => {
  test('marks every case-insensitive match in the text', () => {
    expect(highlightMatches('<p>Seoul and SEOUL</p>', 'seoul')).toBe('<p><mark>Seoul</mark> and <mark>SEOUL</mark></p>')
  })

  test('matches Cyrillic and Korean regardless of case', () => {
    expect(highlightMatches('<p>Москва — москва</p>', 'МОСКВА')).toBe(
      '<p><mark>Москва</mark> — <mark>москва</mark></p>',
    )
    expect(highlightMatches('<p>서울에서</p>', '서울')).toBe('<p><mark>서울</mark>에서</p>')
  })

  test('never marks inside tags or attributes', () => {
    expect(highlightMatches('<p><a href="https://strong.example" title="strong">a strong link</a></p>', 'strong')).toBe(
      '<p><a href="https://strong.example" title="strong">a <mark>strong</mark> link</a></p>',
    )
    expect(highlightMatches('<p><strong>x</strong></p>', 'p')).toBe('<p><strong>x</strong></p>')
  })

  test('matches an entity by its character and keeps the entity whole', () => {
    expect(highlightMatches('<p>Tom &amp; Jerry</p>', '&')).toBe('<p>Tom <mark>&amp;</mark> Jerry</p>')
    expect(highlightMatches('<p>Tom &amp; Jerry</p>', 'm & j')).toBe('<p>To<mark>m &amp; J</mark>erry</p>')
    expect(highlightMatches('<p>a &lt;b&gt; c</p>', '<b>')).toBe('<p>a <mark>&lt;b&gt;</mark> c</p>')
    expect(highlightMatches('<p>Tom &amp; Jerry</p>', 'amp')).toBe('<p>Tom &amp; Jerry</p>')
    expect(highlightMatches('<p>caf&#233; &#x41;</p>', 'é a')).toBe('<p>caf<mark>&#233; &#x41;</mark></p>')
  })

  test('marks matches on each side of inline markup but not across it', () => {
    expect(highlightMatches('<p>one <b>one</b> o<i>ne</i></p>', 'one')).toBe(
      '<p><mark>one</mark> <b><mark>one</mark></b> o<i>ne</i></p>',
    )
  })

  test('an empty or blank needle leaves the HTML unchanged', () => {
    expect(highlightMatches('<p>text</p>', '')).toBe('<p>text</p>')
    expect(highlightMatches('<p>text</p>', '  ')).toBe('<p>text</p>')
  })

  test('the needle is text, not a pattern or markup', () => {
    expect(highlightMatches('<p>a.b axb</p>', '.')).toBe('<p>a<mark>.</mark>b axb</p>')
    expect(highlightMatches('<p>x</p>', '<mark>')).toBe('<p>x</p>')
  })
})
