import { describe, expect, test } from 'vitest'
import { isAppError } from '../errors'
import { MAX_ZIP_FILES } from '../import/check-zip-inflated-size'
import { writeZip } from '../import/test-fixtures/zip'
import { checkFileName, filesOfZip, pairNamedFiles, pairZipFiles, type NamedFile } from './pair-uploads'

const f = (name: string): NamedFile => ({ name, data: new TextEncoder().encode(name) })
const names = (pairing: ReturnType<typeof pairZipFiles>) => ({
  pairs: pairing.pairs.map((p) => [p.name, p.source.name, p.target.name]),
  unpaired: pairing.unpaired,
})

function refusal(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    if (isAppError(error)) return { code: error.code, details: error.details }
    throw error
  }
  return null
}

describe('checkFileName', () => {
  test.each([
    '../etc/passwd',
    'a/../../b.txt',
    '/etc/passwd',
    'C:\\x.txt',
    'c:x.txt',
    'a\\b.txt',
    'a/./b.txt',
    'a\u0000.txt',
  ])('refuses %j', (name) => expect(refusal(() => checkFileName(name))).toMatchObject({ code: 'import.unsafeName' }))
  test('accepts names in folders', () => expect(checkFileName('book/ch 1.de.txt')).toBe('book/ch 1.de.txt'))
})

describe('filesOfZip', () => {
  test('reads the files, leaving out folders, macOS metadata and hidden files, and one enclosing folder', () => {
    const zip = writeZip([
      { name: 'de/', data: '' },
      { name: 'de/a.txt', data: 'Hallo.' },
      { name: 'de/sub/b.md', data: '# B' },
      { name: 'de/.DS_Store', data: 'x' },
      { name: '__MACOSX/de/._a.txt', data: 'x' },
    ])
    const files = filesOfZip(zip, 1024)
    expect(files.map((file) => [file.name, new TextDecoder().decode(file.data)])).toEqual([
      ['a.txt', 'Hallo.'],
      ['sub/b.md', '# B'],
    ])
  })

  test('refuses a zip of more files than it takes with what is true: too many files, not unreadable', () => {
    // A zip of 100,000 files: its directory's count stays at 0xffff, the real count is in a Zip64 record.
    const zip = Buffer.from(writeZip([{ name: 'a.txt', data: 'x' }]))
    const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
    zip.writeUInt16LE(0xffff, end + 8)
    zip.writeUInt16LE(0xffff, end + 10)
    expect(refusal(() => filesOfZip(zip, 1024))).toEqual({
      code: 'import.zipTooManyFiles',
      details: { max: MAX_ZIP_FILES },
    })
  })

  test('refuses a zip bomb, a file that is not a zip and a hostile name', () => {
    const bomb = writeZip([{ name: 'a.txt', data: 'a'.repeat(100_000), declaredSize: 10 }])
    expect(refusal(() => filesOfZip(bomb, 50_000))).toMatchObject({ code: 'import.zipTooLarge' })
    expect(refusal(() => filesOfZip(new TextEncoder().encode('not a zip'), 1024))).toMatchObject({
      code: 'import.zipUnreadable',
    })
    expect(refusal(() => filesOfZip(writeZip([{ name: '../../evil.txt', data: 'x' }]), 1024))).toEqual({
      code: 'import.unsafeName',
      details: { name: '../../evil.txt' },
    })
  })
})

describe('pairZipFiles', () => {
  test('pairs by name whatever the extension; reports what is left out', () => {
    const pairing = pairZipFiles(
      [f('b.md'), f('a.txt'), f('only-source.txt'), f('pic.png'), f('d.txt'), f('d.html')],
      [f('a.txt'), f('b.html'), f('only-target.docx'), f('d.txt')],
    )
    expect(names(pairing)).toEqual({
      pairs: [
        ['a', 'a.txt', 'a.txt'],
        ['b', 'b.md', 'b.html'],
      ],
      unpaired: expect.arrayContaining([
        { fileName: 'pic.png', reason: 'unsupportedType' },
        { fileName: 'only-source.txt', reason: 'noCounterpart' },
        { fileName: 'only-target.docx', reason: 'noCounterpart' },
        { fileName: 'd.txt', reason: 'duplicate' },
        { fileName: 'd.html', reason: 'duplicate' },
      ]),
    })
    expect(pairing.unpaired).toHaveLength(6)
  })
})

describe('pairNamedFiles', () => {
  test('pairs name.de.txt with name.fr.docx, the languages in any case', () => {
    const pairing = pairNamedFiles(
      [
        f('one.de.txt'),
        f('one.FR.docx'),
        f('two.de-DE.md'),
        f('two.fr.md'),
        f('three.txt'),
        f('four.it.txt'),
        f('five.de.txt'),
      ],
      'de',
      'fr',
    )
    expect(names(pairing).pairs).toEqual([['one', 'one.de.txt', 'one.FR.docx']])
    expect(pairing.unpaired).toEqual(
      expect.arrayContaining([
        { fileName: 'three.txt', reason: 'noLanguage' },
        { fileName: 'four.it.txt', reason: 'noLanguage' },
        { fileName: 'two.de-DE.md', reason: 'noLanguage' },
        { fileName: 'two.fr.md', reason: 'noCounterpart' },
        { fileName: 'five.de.txt', reason: 'noCounterpart' },
      ]),
    )
  })
})
