/**
 * Sends values one request at a time, in the order given: while a request runs, only the newest value
 * waiting is kept and sent when it ends (the ones in between are dropped). Which segment a tab has open
 * is reported this way: two reports running at once may be applied by the server in either order, and
 * the older segment would stay shown as open for this tab.
 */
export function latestOnly<T>(send: (value: T) => Promise<unknown>): (value: T) => void {
  let running = false
  let waiting: { value: T } | undefined
  const drain = async () => {
    running = true
    while (waiting) {
      const { value } = waiting
      waiting = undefined
      // A failed report is not retried: the next one (or the stream's reconnect) says where the tab is.
      await send(value).catch(() => undefined)
    }
    running = false
  }
  return (value) => {
    waiting = { value }
    if (!running) void drain()
  }
}
