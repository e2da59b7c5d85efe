// Whether push is possible in this browser and whether it is subscribed here: known only
// once JavaScript runs (the page is prerendered), so the form waits for 'ready'.
import { useEffect, useState } from 'react'

import { loadChoices, type Choices } from './choices'
import { registration } from './pushSubscription'

export type PushState = 'checking' | 'unsupported' | 'ready'

/** `onRestore` receives the choices stored in this browser, if any, when the check ends. */
export function usePushSubscription(onRestore: (choices: Choices) => void) {
  const [state, setState] = useState<PushState>('checking')
  const [subscribed, setSubscribed] = useState(false)

  useEffect(() => {
    let cancelled = false
    ;(async () => {
      const reg = await registration()
      if (cancelled) return
      if (!reg?.pushManager) return setState('unsupported')
      const existing = await reg.pushManager.getSubscription().catch(() => null)
      const stored = loadChoices()
      if (stored) onRestore(stored)
      setSubscribed(Boolean(existing && stored))
      setState('ready')
    })()
    return () => {
      cancelled = true
    }
  }, [])

  return { state, subscribed, setSubscribed }
}
