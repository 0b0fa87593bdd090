'use client'
import { useSyncExternalStore } from 'react'

const noSubscription = () => () => {}
const isClient = () => true
const isServer = () => false

/** False on the server and while the page hydrates, true once it runs in the browser (then it never changes). */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, isClient, isServer)
}
