import { Parser, type Handler, type ParserOptions } from 'htmlparser2'

/**
 * A stack with the newest element first, as htmlparser2's Parser keeps its open elements, in
 * constant time per operation: the Parser's own array takes `unshift`/`shift` (which move every
 * element) and `indexOf`/`includes` over the whole stack, so `<b>`×142,000 took minutes.
 * Only the operations the Parser uses exist; index 0 is the innermost element.
 */
class NewestFirstStack<T> {
  private items: T[] = [] // innermost last
  private counts = new Map<T, number>()

  get length(): number {
    return this.items.length
  }

  set length(value: number) {
    while (this.items.length > value) this.shift()
  }

  /** The element `k` places from the innermost (the Parser's `stack[k]`). */
  fromTop(k: number): T | undefined {
    return this.items[this.items.length - 1 - k]
  }

  unshift(item: T): number {
    this.items.push(item)
    this.counts.set(item, (this.counts.get(item) ?? 0) + 1)
    return this.items.length
  }

  shift(): T | undefined {
    if (this.items.length === 0) return undefined
    const item = this.items.pop()!
    const count = this.counts.get(item)! - 1
    if (count === 0) this.counts.delete(item)
    else this.counts.set(item, count)
    return item
  }

  includes(item: T): boolean {
    return this.counts.has(item)
  }

  /** Distance from the innermost element; the Parser then closes that many, so the scan is paid for. */
  indexOf(item: T): number {
    if (!this.counts.has(item)) return -1
    for (let k = this.items.length - 1; k >= 0; k--) if (this.items[k] === item) return this.items.length - 1 - k
    return -1
  }
}

function asArrayView<T>(stack: NewestFirstStack<T>): unknown {
  return new Proxy(stack, {
    get(target, key) {
      if (typeof key === 'string') {
        const c = key.charCodeAt(0)
        if (c >= 48 && c <= 57) return target.fromTop(Number(key))
      }
      return Reflect.get(target, key, target)
    },
    set(target, key, value) {
      return Reflect.set(target, key, value, target)
    },
  })
}

/**
 * An htmlparser2 Parser whose time is linear in the input whatever the nesting depth. If a later
 * htmlparser2 keeps its stacks differently, the Parser is left as it is (correct, only slower), and
 * the deep-nesting tests of html-to-docs show it.
 */
export function createHtmlParser(handler: Partial<Handler>, options: ParserOptions): Parser {
  const parser = new Parser(handler, options)
  for (const field of ['stack', 'foreignContext']) {
    const current: unknown = Reflect.get(parser, field)
    if (!Array.isArray(current)) continue
    const stack = new NewestFirstStack<unknown>()
    for (let k = current.length - 1; k >= 0; k--) stack.unshift(current[k])
    Reflect.set(parser, field, asArrayView(stack))
  }
  return parser
}
