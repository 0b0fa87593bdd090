import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'

type Tree = { [key: string]: string | Tree }

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const LOCALES_DIR = join(ROOT, 'lib/i18n/locales')
const SCANNED_DIRS = ['app', 'components', 'lib']
// The canary calls an unknown key on purpose (see typed-keys-canary.ts).
const SKIPPED_FILES = new Set(['lib/i18n/typed-keys-canary.ts'])
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/
const PLACEHOLDER = /{{\s*([^}\s]+)\s*}}/g

const readLocale = (lang: string) => JSON.parse(readFileSync(join(LOCALES_DIR, `${lang}.json`), 'utf8')) as Tree
const LANGS = readdirSync(LOCALES_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort()
const OTHER_LANGS = LANGS.filter((lang) => lang !== 'en')

function flatten(tree: Tree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else flatten(value, path, out)
  }
  return out
}

function unsortedObjects(tree: Tree, path = '(root)'): string[] {
  const keys = Object.keys(tree)
  const here = keys.join() === [...keys].sort().join() ? [] : [path]
  const nested = keys.flatMap((k) => {
    const value = tree[k]
    return typeof value === 'object' ? unsortedObjects(value, `${path}.${k}`) : []
  })
  return [...here, ...nested]
}

const pluralBase = (key: string) => (PLURAL_SUFFIX.test(key) ? key.replace(PLURAL_SUFFIX, '') : null)
const placeholders = (text: string) => [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort()

/** The keys a language must have: en's keys, with each plural group expanded to the language's own categories. */
function expectedKeys(en: Map<string, string>, lang: string): string[] {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories
  const keys = new Set<string>()
  for (const key of en.keys()) {
    const base = pluralBase(key)
    if (base === null) keys.add(key)
    else for (const category of categories) keys.add(`${base}_${category}`)
  }
  return [...keys].sort()
}

/** The en string a translated key must match placeholders with: the same key, or for plural forms en's `_other`. */
function enCounterpart(en: Map<string, string>, key: string): string | undefined {
  const base = pluralBase(key)
  return base === null ? en.get(key) : en.get(`${base}_other`)
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name.startsWith('.') ? [] : sourceFiles(path)
    const isSource =
      /\.tsx?$/.test(entry.name) && !/\.(test|spec)\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')
    return isSource ? [path] : []
  })
}

/** Literal keys in `t('key'`, `t("key"` and `i18nKey="key"`; template literals such as t(`errors.${code}`) are skipped. */
function literalKeyUses(): Array<{ key: string; file: string }> {
  const pattern = /(?:\bt\(\s*|\bi18nKey=)(['"])([^'"\n]+)\1/g
  return SCANNED_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)))
    .map((path) => ({ path, file: relative(ROOT, path).split('\\').join('/') }))
    .filter(({ file }) => !SKIPPED_FILES.has(file))
    .flatMap(({ path, file }) =>
      [...readFileSync(path, 'utf8').matchAll(pattern)].map((m) => ({ key: m[2] ?? '', file })),
    )
}

const en = flatten(readLocale('en'))

describe('locale files', () => {
  test('en and at least one translation exist', () => {
    expect(LANGS).toContain('en')
    expect(OTHER_LANGS.length).toBeGreaterThan(0)
  })

  test.each(LANGS)('%s.json is sorted by key at every level', (lang) => {
    expect(unsortedObjects(readLocale(lang))).toEqual([])
  })

  test.each(OTHER_LANGS)('%s.json has the same keys as en.json, with its own plural forms', (lang) => {
    const actual = [...flatten(readLocale(lang)).keys()].sort()
    const expected = expectedKeys(en, lang)
    expect({
      missing: expected.filter((k) => !actual.includes(k)),
      extra: actual.filter((k) => !expected.includes(k)),
    }).toEqual({ missing: [], extra: [] })
  })

  test.each(OTHER_LANGS)('%s.json keeps the placeholders of en.json', (lang) => {
    const mismatches = [...flatten(readLocale(lang))].flatMap(([key, text]) => {
      const source = enCounterpart(en, key)
      if (source === undefined) return []
      const [want, got] = [placeholders(source), placeholders(text)]
      return want.join() === got.join()
        ? []
        : [`${key}: expected ${want.join(', ') || 'none'}, got ${got.join(', ') || 'none'}`]
    })
    expect(mismatches).toEqual([])
  })
})

describe('keys used in code', () => {
  test('finds literal t() calls to check', () => {
    expect(literalKeyUses().length).toBeGreaterThan(0)
  })

  test('every literal key exists in en.json', () => {
    const unknown = literalKeyUses()
      .filter(({ key }) => !en.has(key) && !(en.has(`${key}_one`) && en.has(`${key}_other`)))
      .map(({ key, file }) => `${key} (${file})`)
    expect([...new Set(unknown)].sort()).toEqual([])
  })
})
