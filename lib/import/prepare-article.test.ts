import { describe, expect, test } from 'vitest'
import { docToText } from '../richtext/doc-to-text'
import { prepareArticle, prepareTitledArticle } from './prepare-article'

const MAX = 1024 * 1024
const upload = (fileName: string, text: string) => ({
  kind: 'file' as const,
  fileName,
  bytes: new TextEncoder().encode(text),
})
const read = async (fileName: string, text: string, givenTitle?: string) => {
  const { title, paragraphs } = await prepareTitledArticle(upload(fileName, text), MAX, givenTitle)
  return { title, paragraphs: paragraphs.map(docToText) }
}

describe('prepareTitledArticle', () => {
  test('a Markdown ATX heading becomes the title and is not also paragraph 1', async () => {
    expect(await read('art.md', '# Визит в Пхеньян\n\nFirst paragraph.\n\n## Part two\n\nSecond.')).toEqual({
      title: 'Визит в Пхеньян',
      paragraphs: ['First paragraph.', 'Part two', 'Second.'],
    })
  })

  test('a Markdown Setext heading becomes the title', async () => {
    expect(await read('art.md', 'Title & *more*\n=====\n\nBody text.')).toEqual({
      title: 'Title & more',
      paragraphs: ['Body text.'],
    })
  })

  test('Markdown without a level-1 heading has no title and keeps every paragraph', async () => {
    expect(await read('art.md', '## Sub\n\nBody.')).toEqual({ title: null, paragraphs: ['Sub', 'Body.'] })
  })

  test('HTML takes its <title>, and drops a first <h1> that repeats it', async () => {
    const html =
      '<html><head><title>평양 방문 &amp; 회담</title></head><body><h1>평양 방문 &amp; 회담</h1><p>One.</p></body></html>'
    expect(await read('art.html', html)).toEqual({ title: '평양 방문 & 회담', paragraphs: ['One.'] })
  })

  test('HTML keeps an <h1> that differs from its <title>', async () => {
    const html = '<title>Site | News</title><h1>The headline</h1><p>One.</p>'
    expect(await read('art.html', html)).toEqual({ title: 'Site | News', paragraphs: ['The headline', 'One.'] })
  })

  test('HTML without <title> takes the first <h1>, with its inline markup flattened', async () => {
    expect(await read('art.htm', '<p>Kicker</p><h1>The <b>big</b> story</h1><p>One.</p><h1>Later</h1>')).toEqual({
      title: 'The big story',
      paragraphs: ['Kicker', 'One.', 'Later'],
    })
  })

  test('HTML with neither <title> nor <h1> has no title', async () => {
    expect(await read('art.html', '<h2>Sub</h2><p>One.</p>')).toEqual({ title: null, paragraphs: ['Sub', 'One.'] })
  })

  test('plain text has no title: its first line stays paragraph 1', async () => {
    expect(await read('art.txt', '# Not a heading\n\nBody.')).toEqual({
      title: null,
      paragraphs: ['# Not a heading', 'Body.'],
    })
  })

  test('a different title typed by the user keeps the heading as a paragraph', async () => {
    expect(await read('art.md', '# Heading\n\nBody.', 'My title')).toEqual({
      title: 'Heading',
      paragraphs: ['Heading', 'Body.'],
    })
    expect(await read('art.md', '# Heading\n\nBody.', 'Heading')).toEqual({ title: 'Heading', paragraphs: ['Body.'] })
  })

  test('a file that is only its heading keeps it as the one paragraph', async () => {
    expect(await read('art.md', '# Only')).toEqual({ title: 'Only', paragraphs: ['Only'] })
  })
})

describe('prepareArticle', () => {
  test('an HTML paragraph with more inline nodes than a segment holds is refused, not stored unreadable', async () => {
    const html = '<p>' + '<b>a</b>c'.repeat(6000) + '</p>'
    await expect(prepareArticle({ kind: 'text', text: html, format: 'html' }, 1 << 24)).rejects.toMatchObject({
      code: 'segment.tooLarge',
      status: 413,
      details: { nodes: 12_001, maxNodes: 10_000 },
    })
  })
})
