// What PostgreSQL can store as text: no NUL and no lone UTF-16 surrogate. A JSON body or file can carry
// either as an escape (`\u0000`, `\ud800`), which the database refuses with an error of its own.

const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** True for text PostgreSQL can store: no NUL and no lone UTF-16 surrogate. */
export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text)
}

/**
 * The path (`links.3.text`) of the first string in a parsed JSON value, key or value, that cannot be
 * stored, or undefined when every one can. Walks with a stack of its own, so a deeply nested value
 * costs time linear in its size and no recursion.
 */
export function findUnstorableText(value: unknown): string | undefined {
  const stack: Array<[value: unknown, path: string]> = [[value, '']]
  while (stack.length > 0) {
    const [item, path] = stack.pop()!
    if (typeof item === 'string') {
      if (!isStorableText(item)) return path
    } else if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push([item[i], path === '' ? String(i) : `${path}.${i}`])
    } else if (item !== null && typeof item === 'object') {
      const entries = Object.entries(item)
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!
        const at = path === '' ? key : `${path}.${key}`
        if (!isStorableText(key)) return at
        stack.push([child, at])
      }
    }
  }
  return undefined
}
