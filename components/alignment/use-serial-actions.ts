'use client'
import { useEffect, useEffectEvent, useRef, useState } from 'react'

/**
 * `run` one action at a time, each with the state as it is once the one before has been drawn: an
 * action asked for while another runs waits for it (at most `maxWaiting` of them; more are dropped, so a
 * held key does not run on long after it is let go). Returns the function that asks for an action.
 *
 * Without it, a key pressed while an operation saved was dropped, and one pressed after the save but
 * before the next render ran with the handler of the render before: on the link the cursor had left.
 */
export function useSerialActions<A>(run: (action: A) => Promise<unknown>, maxWaiting = 10): (action: A) => void {
  const running = useRef(false)
  const waiting = useRef<A[]>([])
  const [settled, setSettled] = useState(0)
  const perform = (action: A) => {
    if (running.current) {
      if (waiting.current.length < maxWaiting) waiting.current.push(action)
      return
    }
    running.current = true
    // The count changes with the action's own state updates, so the effect below runs after they are drawn.
    void run(action).finally(() => setSettled((n) => n + 1))
  }
  const next = useEffectEvent(() => {
    running.current = false
    const action = waiting.current.shift()
    if (action !== undefined) perform(action)
  })
  useEffect(() => {
    if (settled > 0) next()
  }, [settled])
  return perform
}
