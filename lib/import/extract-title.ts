import { createHtmlParser } from '../text/html-parser'

export type TitledHtml = { title: string | null; html: string }

const clean = (text: string) => text.replace(/\s+/g, ' ').trim()

/**
 * Finds an article's title in HTML: the `<title>`, else the first `<h1>`. When that `<h1>` is the
 * title (or repeats it) it is cut from the HTML, so the heading is not also segment 1.
 */
export function extractHtmlTitle(html: string): TitledHtml {
  let title: string | null = null
  let heading: { text: string; start: number; end: number } | null = null
  let capture: { tag: 'title' | 'h1'; text: string; start: number } | null = null
  let done = false
  const parser = createHtmlParser(
    {
      onopentag(name) {
        if (done || capture) return
        if ((name === 'title' && title === null) || name === 'h1')
          capture = { tag: name, text: '', start: parser.startIndex }
      },
      ontext(text) {
        if (capture) capture.text += text
      },
      onclosetag(name) {
        if (!capture || name !== capture.tag) return
        const text = clean(capture.text)
        if (capture.tag === 'title') title = text || null
        else if (!heading) {
          heading = { text, start: capture.start, end: parser.endIndex + 1 }
          done = true
        }
        capture = null
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  )
  parser.end(html)
  const h1 = heading as { text: string; start: number; end: number } | null
  const chosen: string | null = title ?? (h1?.text || null)
  if (!h1 || !chosen || h1.text !== chosen) return { title: chosen, html }
  return { title: chosen, html: html.slice(0, h1.start) + html.slice(h1.end) }
}
