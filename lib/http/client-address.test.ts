import { describe, expect, test } from 'vitest'
import { clientAddress, trustedProxyCount } from './client-address.mjs'

describe('the address a request came from', () => {
  test('without a trusted proxy it is the socket peer, whatever X-Forwarded-For the client wrote', () => {
    expect(clientAddress('203.0.113.7', '198.51.100.2', 0)).toBe('198.51.100.2')
    expect(clientAddress(['1.1.1.1', '2.2.2.2'], '::ffff:127.0.0.1', 0)).toBe('127.0.0.1')
    expect(clientAddress(undefined, undefined, 0)).toBe('unknown')
  })

  test('behind one proxy it is the entry the proxy appended, not what the client put before it', () => {
    // The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the client's real address.
    expect(clientAddress('1.2.3.4, 203.0.113.7', '10.0.0.5', 1)).toBe('203.0.113.7')
    expect(clientAddress(['1.2.3.4', '203.0.113.7'], '10.0.0.5', 1)).toBe('203.0.113.7')
    expect(clientAddress('203.0.113.7, 10.0.0.9', '10.0.0.5', 2)).toBe('203.0.113.7')
  })

  test('with fewer entries than trusted proxies it is the leftmost one, and the peer when there are none', () => {
    expect(clientAddress('203.0.113.7', '10.0.0.5', 3)).toBe('203.0.113.7')
    expect(clientAddress(undefined, '10.0.0.5', 1)).toBe('10.0.0.5')
    expect(clientAddress(' , ', '10.0.0.5', 1)).toBe('10.0.0.5')
  })

  test('the setting is a small whole number; anything else trusts no proxy', () => {
    expect(trustedProxyCount(undefined)).toBe(0)
    expect(trustedProxyCount('2')).toBe(2)
    for (const value of ['', 'yes', '-1', '1.5', '1000']) expect(trustedProxyCount(value)).toBe(0)
  })
})
