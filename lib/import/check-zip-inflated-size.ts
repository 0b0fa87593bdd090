import { inflateRawSync } from 'node:zlib'

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50

/** Why a zip was refused: too large once inflated, too many files, or not a zip we can read. */
export type ZipRefusal = 'tooLarge' | 'tooManyFiles' | 'unreadable'

/**
 * The most files a zip may hold: a plain zip's directory counts at most 65,535, and more (Zip64)
 * was refused as unreadable, which told a person with 100,000 files nothing true.
 */
export const MAX_ZIP_FILES = 50_000

function findEndOfDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the end of the file.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--)
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at
  return -1
}

/** A file of a zip: its name as stored (not yet checked for `..` or absolute paths) and its inflated bytes. */
export type ZipFile = { name: string; data: Uint8Array }

/**
 * Inflates every entry of a zip (as listed in its central directory, which is what JSZip and so
 * mammoth read), stopping as soon as the total passes `maxBytes`. The sizes the headers declare are
 * not trusted. Returns undefined when the zip fits.
 */
export function checkZipInflatedSize(bytes: Uint8Array, maxBytes: number): ZipRefusal | undefined {
  return walkZip(bytes, maxBytes, () => undefined)
}

/**
 * The files of a zip, inflated, or why it was refused: the same walk and limit as
 * `checkZipInflatedSize`, so a bomb stops at `maxBytes` and is never held whole.
 */
export function readZipFiles(bytes: Uint8Array, maxBytes: number): { files: ZipFile[] } | { refusal: ZipRefusal } {
  const files: ZipFile[] = []
  const refusal = walkZip(bytes, maxBytes, (name, data) => files.push({ name, data }))
  return refusal ? { refusal } : { files }
}

function walkZip(
  bytes: Uint8Array,
  maxBytes: number,
  visit: (name: string, data: Uint8Array) => void,
): ZipRefusal | undefined {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = findEndOfDirectory(zip)
  if (end < 0) return 'unreadable'
  const count = zip.readUInt16LE(end + 10)
  let at = zip.readUInt32LE(end + 16)
  // A count at its maximum means more files, counted in a Zip64 record.
  if (count === 0xffff || count > MAX_ZIP_FILES) return 'tooManyFiles'
  // Zip64 offsets are not something Word writes for a file this size.
  if (at === 0xffffffff) return 'unreadable'
  let total = 0
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) return 'unreadable'
    const method = zip.readUInt16LE(at + 10)
    const packedSize = zip.readUInt32LE(at + 20)
    const local = zip.readUInt32LE(at + 42)
    const nameLength = zip.readUInt16LE(at + 28)
    // Bit 11: the name is UTF-8; else CP437, which is ASCII for the names that matter here.
    const name = zip.toString(zip.readUInt16LE(at + 8) & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength)
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL_HEADER) return 'unreadable'
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    if (start + packedSize > zip.length) return 'unreadable'
    const packed = zip.subarray(start, start + packedSize)
    let data: Uint8Array
    if (method === 0) data = packed
    else if (method === 8) {
      try {
        // One byte over what is left is enough to know the entry does not fit.
        data = inflateRawSync(packed, { maxOutputLength: maxBytes - total + 1 })
      } catch (error) {
        return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'tooLarge' : 'unreadable'
      }
    } else return 'unreadable'
    total += data.length
    if (total > maxBytes) return 'tooLarge'
    visit(name, data)
  }
  return undefined
}
