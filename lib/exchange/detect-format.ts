/** The exchange formats an import or a check accepts. */
export type ImportFormat = 'tmx' | 'xliff' | 'json'

/**
 * Recognizes a file from its first bytes (UTF-8 or UTF-16, with or without BOM), falling back
 * to the file name's extension; null when it is none of TMX, XLIFF or the project's JSON.
 */
export function detectFormat(head: Uint8Array, fileName = ''): ImportFormat | null {
  const [a, b] = head
  const isUtf16le = (a === 0xff && b === 0xfe) || (a === 0x3c && b === 0x00)
  const isUtf16be = (a === 0xfe && b === 0xff) || (a === 0x00 && b === 0x3c)
  const text = new TextDecoder(isUtf16le ? 'utf-16le' : isUtf16be ? 'utf-16be' : 'utf-8')
    .decode(head.subarray(0, 4096))
    .replace(/^\uFEFF/, '')
  const start = text.replace(/<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, '').trimStart()
  if (/^<tmx[\s>]/.test(start)) return 'tmx'
  if (/^<xliff[\s>]/.test(start)) return 'xliff'
  if (start.startsWith('{')) return 'json'
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase()
  if (ext === 'tmx') return 'tmx'
  if (ext === 'xlf' || ext === 'xliff' || ext === 'xlz' || ext === 'sdlxliff') return 'xliff'
  if (ext === 'json') return 'json'
  return null
}
