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

describe('highlightMatches folds text as the search filter does', () => {
  test('ё and е find each other, and the text keeps its own letter', () => {
    expect(highlightMatches('<p>Ещё раз</p>', 'еще')).toBe('<p><mark>Ещё</mark> раз</p>')
    expect(highlightMatches('<p>елка</p>', 'ЁЛКА')).toBe('<p><mark>елка</mark></p>')
  })

  test('й is not и', () => {
    expect(highlightMatches('<p>мои мой</p>', 'мой')).toBe('<p>мои <mark>мой</mark></p>')
  })

  test('decomposed text is found by a composed needle and marked whole', () => {
    expect(highlightMatches('<p>е\u0308лка</p>', 'ёлка')).toBe('<p><mark>е\u0308лка</mark></p>')
    expect(highlightMatches('<p>cafe\u0301 bar</p>', 'caf\u00e9')).toBe('<p><mark>cafe\u0301</mark> bar</p>')
    expect(highlightMatches('<p>caf\u00e9</p>', 'cafe\u0301')).toBe('<p><mark>caf\u00e9</mark></p>')
    expect(highlightMatches('<p>\u1112\u1161\u11ab국</p>', '한')).toBe('<p><mark>\u1112\u1161\u11ab</mark>국</p>')
  })

  test('a match never stops inside a letter and its accent, or inside a ligature', () => {
    expect(highlightMatches('<p>cafe\u0301</p>', 'cafe')).toBe('<p>cafe\u0301</p>')
    expect(highlightMatches('<p>\ufb01 f</p>', 'f')).toBe('<p>\ufb01 <mark>f</mark></p>')
    expect(highlightMatches('<p>\ufb01</p>', 'fi')).toBe('<p><mark>\ufb01</mark></p>')
  })

  test('an entity for ё is found by е', () => {
    expect(highlightMatches('<p>&#1105;&#1078;</p>', 'еж')).toBe('<p><mark>&#1105;&#1078;</mark></p>')
  })
})
