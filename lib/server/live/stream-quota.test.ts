import { describe, expect, test } from 'vitest'
import { createStreamQuota } from './stream-quota'

describe('the live streams a person may hold on an instance', () => {
  test('a person past the limit is refused until one of their streams ends; others are not counted with them', () => {
    const quota = createStreamQuota(2)
    const first = quota.take('anna')!
    expect(quota.take('anna')).not.toBeNull()
    expect(quota.take('anna')).toBeNull()
    expect(quota.take('boris')).not.toBeNull()
    first()
    first() // a second release of the same stream changes nothing
    expect(quota.held('anna')).toBe(1)
    expect(quota.take('anna')).not.toBeNull()
    expect(quota.take('anna')).toBeNull()
  })
})
