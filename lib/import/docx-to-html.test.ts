import { describe, expect, test } from 'vitest'
import { AppError } from '../errors'
import { docxToHtml, MAX_DOCX_INFLATED_BYTES } from './docx-to-html'
import { writeDocx } from './test-fixtures/zip'

async function refusal(bytes: Uint8Array): Promise<string | undefined> {
  try {
    await docxToHtml(bytes)
    return undefined
  } catch (error) {
    if (error instanceof AppError) return error.code
    throw error
  }
}

describe('docxToHtml', () => {
  test('converts a small Word file', async () => {
    const html = await docxToHtml(writeDocx(['Hello, world.', 'Привет, мир.']))
    expect(html).toBe('<p>Hello, world.</p><p>Привет, мир.</p>')
  })

  test('refuses a file whose document unpacks past the limit, whatever its headers declare', async () => {
    // Whitespace between paragraphs: valid XML that deflates about 1000:1.
    const padding = ' '.repeat(MAX_DOCX_INFLATED_BYTES + 1)
    const bomb = writeDocx(['Hello.'], [], padding)
    expect(bomb.length).toBeLessThan(MAX_DOCX_INFLATED_BYTES / 100)
    expect(await refusal(bomb)).toBe('import.docxTooLarge')
    const lying = writeDocx(
      ['Hello.'],
      [{ name: 'word/media/a.bin', data: new Uint8Array(MAX_DOCX_INFLATED_BYTES + 1), declaredSize: 10 }],
    )
    expect(await refusal(lying)).toBe('import.docxTooLarge')
  })

  test('counts every entry: several parts under the limit each but over it together are refused', async () => {
    const part = new Uint8Array(Math.ceil(MAX_DOCX_INFLATED_BYTES / 3))
    const extra = [1, 2, 3, 4].map((i) => ({ name: `word/media/p${i}.bin`, data: part }))
    expect(await refusal(writeDocx(['Hello.'], extra))).toBe('import.docxTooLarge')
  })

  test('a file that is not a zip is refused as binary', async () => {
    expect(await refusal(new TextEncoder().encode('not a zip at all'))).toBe('import.binary')
  })
  test('a lone surrogate written as a character reference becomes U+FFFD, as in HTML, and a pair stays', async () => {
    const html = await docxToHtml(writeDocx(['A&#xD800;B &#xDE00;C &#xD83D;&#xDE00;']))
    expect(html).toBe('<p>A\ufffdB \ufffdC \ud83d\ude00</p>')
  })
})
