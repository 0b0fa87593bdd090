import { AppError } from '../errors'
import { canonicalLangTag } from '../formats/lang-tag'
import { MAX_ZIP_FILES, readZipFiles } from '../import/check-zip-inflated-size'
import { DOCUMENT_EXTENSIONS, NAME_AND_LANGUAGE } from './names-in-languages'

/** An uploaded file, or a file of an uploaded zip: its name (a path inside a zip) and its bytes. */
export type NamedFile = { name: string; data: Uint8Array }

/** Two files that are one document and its translation; `name` is what they share. */
export type FilePair = { name: string; source: NamedFile; target: NamedFile }

/** A file left out: no file to pair it with, no language in its name, two files with one name, or not a document. */
export type UnpairedFile = {
  fileName: string
  reason: 'noCounterpart' | 'noLanguage' | 'duplicate' | 'unsupportedType'
}

export type Pairing = { pairs: FilePair[]; unpaired: UnpairedFile[] }

/**
 * Refuses a name that could reach outside the folder it is unpacked to or read as another file:
 * `..` parts, absolute paths (`/x`, `C:\x`, `\\server`), backslashes and control characters.
 */
export function checkFileName(name: string): string {
  const unsafe =
    name === '' ||
    name.startsWith('/') ||
    /^[A-Za-z]:/.test(name) ||
    name.includes('\\') ||
    /[\u0000-\u001f\u007f]/.test(name) ||
    name.split('/').some((part) => part === '..' || part === '.')
  if (unsafe)
    throw new AppError('import.unsafeName', { name: name.replace(/[\u0000-\u001f\u007f]/g, '?').slice(0, 200) })
  return name
}

const isNoise = (name: string) => name.startsWith('__MACOSX/') || (name.split('/').pop() ?? '').startsWith('.')

/**
 * The document files of an uploaded zip, inflated at most to `maxInflatedBytes` in all (a zip bomb is
 * `import.zipTooLarge`), every name checked (`import.unsafeName`). Folders, macOS metadata and hidden
 * files are left out; one folder holding everything (`de/…`) is taken off the names.
 */
export function filesOfZip(bytes: Uint8Array, maxInflatedBytes: number): NamedFile[] {
  const read = readZipFiles(bytes, maxInflatedBytes)
  if ('refusal' in read) {
    if (read.refusal === 'tooManyFiles') throw new AppError('import.zipTooManyFiles', { max: MAX_ZIP_FILES })
    throw new AppError(read.refusal === 'tooLarge' ? 'import.zipTooLarge' : 'import.zipUnreadable')
  }
  const files = read.files.filter((file) => !checkFileName(file.name).endsWith('/') && !isNoise(file.name))
  const tops = new Set(files.map((file) => (file.name.includes('/') ? file.name.split('/')[0] : '')))
  const [top] = tops
  return tops.size === 1 && top ? files.map((file) => ({ ...file, name: file.name.slice(top.length + 1) })) : files
}

/** Groups files by key; a key two files share pairs neither of them. */
function byKey(files: NamedFile[], keyOf: (file: NamedFile) => string, unpaired: UnpairedFile[]) {
  const found = new Map<string, NamedFile | null>()
  for (const file of files) {
    const key = keyOf(file)
    if (found.has(key)) {
      const first = found.get(key)
      if (first) unpaired.push({ fileName: first.name, reason: 'duplicate' })
      unpaired.push({ fileName: file.name, reason: 'duplicate' })
      found.set(key, null)
    } else found.set(key, file)
  }
  return found
}

function match(
  source: Map<string, NamedFile | null>,
  target: Map<string, NamedFile | null>,
  unpaired: UnpairedFile[],
): FilePair[] {
  const pairs: FilePair[] = []
  for (const [name, file] of source) {
    if (!file) continue
    const other = target.get(name)
    if (other) pairs.push({ name, source: file, target: other })
    else unpaired.push({ fileName: file.name, reason: 'noCounterpart' })
  }
  for (const [name, file] of target)
    if (file && !source.get(name)) unpaired.push({ fileName: file.name, reason: 'noCounterpart' })
  return pairs.sort((p, q) => (p.name < q.name ? -1 : p.name > q.name ? 1 : 0))
}

function documentsOnly(files: NamedFile[], unpaired: UnpairedFile[]): NamedFile[] {
  return files.filter((file) => {
    const ok = DOCUMENT_EXTENSIONS.test(file.name)
    if (!ok) unpaired.push({ fileName: file.name, reason: 'unsupportedType' })
    return ok
  })
}

/** Pairs the files of two zips by name, the extension aside (`a.md` pairs with `a.html`). */
export function pairZipFiles(source: NamedFile[], target: NamedFile[]): Pairing {
  const unpaired: UnpairedFile[] = []
  const key = (file: NamedFile) => file.name.replace(DOCUMENT_EXTENSIONS, '')
  const pairs = match(
    byKey(documentsOnly(source, unpaired), key, unpaired),
    byKey(documentsOnly(target, unpaired), key, unpaired),
    unpaired,
  )
  return { pairs, unpaired }
}

/**
 * Pairs files uploaded together by their names: `name.de.txt` with `name.fr.txt` (or `name.fr.docx`),
 * the language before the extension naming the side.
 */
export function pairNamedFiles(files: NamedFile[], sourceLang: string, targetLang: string): Pairing {
  const unpaired: UnpairedFile[] = []
  const source: NamedFile[] = []
  const target: NamedFile[] = []
  const keys = new Map<NamedFile, string>()
  const sourceTag = canonicalLangTag(sourceLang)?.toLowerCase()
  const targetTag = canonicalLangTag(targetLang)?.toLowerCase()
  for (const file of documentsOnly(files, unpaired)) {
    const found = NAME_AND_LANGUAGE.exec(file.name.replace(DOCUMENT_EXTENSIONS, ''))
    const lang = found ? canonicalLangTag(found[2]!)?.toLowerCase() : undefined
    if (!found || (lang !== sourceTag && lang !== targetTag)) {
      unpaired.push({ fileName: file.name, reason: 'noLanguage' })
      continue
    }
    keys.set(file, found[1]!)
    ;(lang === sourceTag ? source : target).push(file)
  }
  const key = (file: NamedFile) => keys.get(file)!
  return { pairs: match(byKey(source, key, unpaired), byKey(target, key, unpaired), unpaired), unpaired }
}
