/**
 * Runs `work` with a timer every `intervalMs` beside it, as a request waiting for the thread would:
 * the work's value, its seconds, how often the timer fired and its longest gap (the last one, to the
 * work's end, included), in milliseconds.
 */
export async function timerGaps<T>(
  intervalMs: number,
  work: () => Promise<T>,
): Promise<{ value: T; seconds: number; ticks: number; longestMs: number }> {
  let ticks = 0
  let last = performance.now()
  let longest = 0
  const timer = setInterval(() => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
    ticks++
  }, intervalMs)
  const start = performance.now()
  try {
    const value = await work()
    const end = performance.now()
    longest = Math.max(longest, end - last)
    return { value, seconds: (end - start) / 1000, ticks, longestMs: longest }
  } finally {
    clearInterval(timer)
  }
}
