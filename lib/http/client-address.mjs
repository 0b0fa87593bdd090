// Plain JavaScript: scripts/serve.mjs runs it before any bundle; the app reads only the header it sets.

/** The request header that carries the client's address, set by the server launcher over anything the client sent. */
export const CLIENT_ADDRESS_HEADER = 'x-parallel-client-address'

/**
 * The address a request came from. With no trusted proxy (the default) it is the socket's peer: an
 * `X-Forwarded-For` the client wrote is ignored, so a limit per address cannot be dodged by inventing one.
 * Behind `trustedProxies` proxies (`PARALLEL_TRUSTED_PROXIES`), each of which appends the address it
 * received from, it is the entry that many hops from the socket, as Express's `trust proxy` counts them;
 * entries further left were written by the client and are not believed.
 *
 * @param {string | string[] | undefined} forwardedFor the `X-Forwarded-For` header(s)
 * @param {string | undefined} peer the socket's remote address
 * @param {number} trustedProxies how many proxies in front of the app append to `X-Forwarded-For`
 * @returns {string}
 */
export function clientAddress(forwardedFor, peer, trustedProxies) {
  const chain = [peer ?? '']
  if (trustedProxies > 0) {
    const headers = Array.isArray(forwardedFor) ? forwardedFor : forwardedFor ? [forwardedFor] : []
    const listed = headers.flatMap((header) => header.split(',')).map((entry) => entry.trim())
    chain.push(...listed.filter((entry) => entry !== '').reverse())
  }
  const address = chain[Math.min(trustedProxies, chain.length - 1)] ?? ''
  // An IPv4 peer on a dual-stack socket reads `::ffff:127.0.0.1`: one address, one spelling.
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1') || 'unknown'
}

/**
 * How many proxies to trust, from `PARALLEL_TRUSTED_PROXIES` (a whole number, 0 when unset or not one).
 *
 * @param {string | undefined} value
 * @returns {number}
 */
export function trustedProxyCount(value) {
  const count = Number(value ?? 0)
  return Number.isInteger(count) && count > 0 && count <= 32 ? count : 0
}
