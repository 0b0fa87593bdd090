import { describe, expect, test } from 'vitest'
import { apiPaths, localHref, pagePaths } from './paths'

const ORIGIN = 'http://parallel.local'
const EVIL = 'x/../../../../..//127.0.0.1:3299/pwned'
const resolve = (path: string) => new URL(path, `${ORIGIN}/documents/d1`)

describe('pagePaths and apiPaths', () => {
  test('a language or id from data stays one segment of a same-origin URL', () => {
    for (const path of [
      pagePaths.document(EVIL),
      pagePaths.translate('d1', EVIL),
      pagePaths.align('d1', EVIL),
      apiPaths.translation('d1', EVIL),
      apiPaths.sentences(EVIL, EVIL, '../../x'),
      apiPaths.segment('?a#b'),
      apiPaths.assignments(EVIL),
      apiPaths.peopleProgress(EVIL),
      apiPaths.revisions(EVIL),
      apiPaths.restore(EVIL),
      apiPaths.changes(EVIL, EVIL),
    ]) {
      const url = resolve(path)
      expect(url.origin).toBe(ORIGIN)
      expect(url.search + url.hash).toBe('')
      expect(url.pathname).toBe(path)
    }
    expect(resolve(pagePaths.translate('d1', EVIL)).pathname.split('/')).toHaveLength(5)
  })

  test('a language or id in a query stays in its parameter', () => {
    expect(Object.fromEntries(resolve(apiPaths.assignable('d1', EVIL + '&x=1#h')).searchParams)).toEqual({
      lang: EVIL + '&x=1#h',
    })
    const editor = resolve(pagePaths.segmentInEditor('d1', 'ru', 's1&status=x#h'))
    expect(editor.pathname).toBe('/documents/d1/translate/ru')
    expect(Object.fromEntries(editor.searchParams)).toEqual({ segment: 's1&status=x#h' })
  })

  test('ordinary ids and tags read as they are', () => {
    expect(pagePaths.translate('d1', 'pt-BR')).toBe('/documents/d1/translate/pt-BR')
    expect(apiPaths.sentences('d1', 'ru', 'l1')).toBe('/api/documents/d1/translations/ru/links/l1/sentences')
  })
})

describe('localHref', () => {
  test('encodes what a Location header cannot carry and keeps the path, query and hash', () => {
    expect(localHref('/glossary?q=한')).toBe('/glossary?q=%ED%95%9C')
    expect(localHref('/documents/d1#p3')).toBe('/documents/d1#p3')
    expect(localHref('/a\u3000b')).toBe('/a%E3%80%80b')
    // Every character of the result is one a header may carry.
    expect(localHref('/документы?q=é')).toMatch(/^[\x21-\x7e]+$/)
  })

  test('is undefined for anything that is not a path of this app', () => {
    for (const bad of [
      '//evil.example/x',
      '/\\evil.example',
      'https://evil.example/',
      'x',
      '/a\u0000',
      '/\t/evil.example',
    ])
      expect(localHref(bad)).toBeUndefined()
  })
})
