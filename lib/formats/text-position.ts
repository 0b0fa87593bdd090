/** Where the next character of a decoded stream goes: 1-based line, 1-based column in characters. */
export type TextPosition = {
  /** Moves past `text`, the next piece of the stream. */
  advance(text: string): void
  /** The line and column of the next character. */
  at(): { line: number; column: number }
}

const LOW_SURROGATE = /[\uDC00-\uDFFF]/g

// Characters (code points) in text[from..]: a surrogate pair counts once, through its low half.
function charactersFrom(text: string, from: number): number {
  let count = text.length - from
  LOW_SURROGATE.lastIndex = from
  while (LOW_SURROGATE.exec(text)) count--
  return count
}

/**
 * Counts lines and columns over a stream of text the way the XML parser does: LF, CRLF and a
 * lone CR each end a line (also when a chunk boundary falls between CR and LF), and a column is
 * a Unicode character. Linear: native searches, and a loop per character only for text with a CR.
 */
export function createTextPosition(): TextPosition {
  let line = 1
  let column = 0
  let afterCr = false
  return {
    advance(text) {
      if (text.length === 0) return
      const start = afterCr && text.charCodeAt(0) === 10 ? 1 : 0
      afterCr = text.charCodeAt(text.length - 1) === 13
      if (text.indexOf('\r', start) < 0) {
        let last = -1
        for (let i = text.indexOf('\n', start); i >= 0; i = text.indexOf('\n', i + 1)) {
          line++
          last = i
        }
        column = last < 0 ? column + charactersFrom(text, start) : charactersFrom(text, last + 1)
        return
      }
      for (let i = start; i < text.length; i++) {
        const code = text.charCodeAt(i)
        if (code === 13 || code === 10) {
          line++
          column = 0
          if (code === 13 && text.charCodeAt(i + 1) === 10) i++
        } else if (code < 0xdc00 || code > 0xdfff) column++
      }
    },
    at: () => ({ line, column: column + 1 }),
  }
}
