import { splitPlainText } from '../../lib/import/split-article'
import type { RichDoc } from '../../lib/richtext/types'
import { docToText } from '../../lib/richtext/doc-to-text'

export type DemoArticle = { title: string; date?: string; copyright?: string; paragraphs: RichDoc[] }

/** Reads the sample article: the first line is the title, a date line and a copyright line are metadata. */
export function parseDemoArticle(text: string): DemoArticle {
  const blocks = splitPlainText(text)
  const [titleDoc, ...rest] = blocks
  const article: DemoArticle = { title: titleDoc ? docToText(titleDoc) : 'Untitled', paragraphs: [] }
  for (const block of rest) {
    const line = docToText(block)
    const date = Date.parse(`${line} UTC`)
    if (article.paragraphs.length === 0 && !article.date && line.length < 40 && !Number.isNaN(date)) {
      article.date = new Date(date).toISOString().slice(0, 10)
    } else if (line.includes('©') && line.length < 120) article.copyright = line
    else article.paragraphs.push(block)
  }
  return article
}
