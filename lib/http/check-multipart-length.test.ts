import { describe, expect, test } from 'vitest'
import { checkMultipartLength } from './check-multipart-length'

const post = (headers: Record<string, string>) =>
  new Request('http://localhost/api/imports', { method: 'POST', headers })
const codeOf = (run: () => void) => {
  try {
    run()
    return null
  } catch (error) {
    return (error as { code?: string }).code
  }
}

describe('checkMultipartLength', () => {
  test('accepts a body whose Content-Length is within the limit plus the form overhead', () => {
    expect(codeOf(() => checkMultipartLength(post({ 'content-length': String(1000 + 1024) }), 1000))).toBeNull()
  })

  test('refuses a body without a Content-Length, as a chunked upload has', () => {
    expect(codeOf(() => checkMultipartLength(post({}), 1000))).toBe('import.lengthRequired')
    expect(codeOf(() => checkMultipartLength(post({ 'content-length': 'lots' }), 1000))).toBe('import.lengthRequired')
  })

  test('refuses a body larger than the limit with the too-large error', () => {
    expect(codeOf(() => checkMultipartLength(post({ 'content-length': String(1000 + 65 * 1024) }), 1000))).toBe(
      'import.tooLarge',
    )
  })
})
