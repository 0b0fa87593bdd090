import { describe, expect, test } from 'vitest'
import { latestOnly } from './latest-only'

/** A `send` whose requests the test answers one by one. */
function controlledSend() {
  const sent: string[] = []
  const open: Array<() => void> = []
  let running = 0
  let most = 0
  const send = (value: string) =>
    new Promise<void>((resolve) => {
      sent.push(value)
      running += 1
      most = Math.max(most, running)
      open.push(() => {
        running -= 1
        resolve()
      })
    })
  const answer = async () => {
    open.shift()?.()
    // Lets the sender's loop take the next value.
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  return { send, sent, answer, most: () => most }
}

describe('latestOnly', () => {
  test('one request at a time, in order; of the values given meanwhile only the newest is sent', async () => {
    const { send, sent, answer, most } = controlledSend()
    const report = latestOnly(send)
    report('segment 1')
    report('segment 2')
    report('segment 3')
    report('segment 4')
    expect(sent).toEqual(['segment 1'])
    await answer()
    expect(sent).toEqual(['segment 1', 'segment 4'])
    await answer()
    report('none')
    expect(sent).toEqual(['segment 1', 'segment 4', 'none'])
    await answer()
    expect(most()).toBe(1)
  })

  test('a failed request does not stop the ones after it', async () => {
    const sent: string[] = []
    const report = latestOnly(async (value: string) => {
      sent.push(value)
      if (value === 'a') throw new Error('offline')
    })
    report('a')
    report('b')
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(sent).toEqual(['a', 'b'])
  })
})
