// Whether this device's push subscription is linked to the signed-in citizen, and the
// request that links or unlinks it.
import { useEffect, useState } from 'react'

type State =
  | { kind: 'checking' }
  | { kind: 'unsupported' }
  | { kind: 'no-subscription' }
  | { kind: 'ready'; endpoint: string; linked: boolean }
  | { kind: 'failed'; endpoint?: string; linked?: boolean }

async function currentEndpoint(): Promise<string | null | 'unsupported'> {
  if (!('serviceWorker' in navigator) || !('PushManager' in window)) return 'unsupported'
  const registration = await navigator.serviceWorker.getRegistration()
  const subscription = await registration?.pushManager.getSubscription()
  return subscription?.endpoint ?? null
}

/** The device's link state, checked once JavaScript runs, and `toggle` to change it. */
export function useDeviceLink() {
  const [state, setState] = useState<State>({ kind: 'checking' })

  useEffect(() => {
    let cancelled = false
    ;(async () => {
      const endpoint = await currentEndpoint()
      if (endpoint === 'unsupported') return { kind: 'unsupported' } as const
      if (!endpoint) return { kind: 'no-subscription' } as const
      const response = await fetch(
        `/api/eoffice/devices?endpoint=${encodeURIComponent(endpoint)}`,
        { credentials: 'same-origin', cache: 'no-store' },
      )
      if (!response.ok) return { kind: 'failed' } as const
      const body = (await response.json()) as { subscribed: boolean; linked: boolean }
      return body.subscribed
        ? ({ kind: 'ready', endpoint, linked: body.linked } as const)
        : ({ kind: 'no-subscription' } as const)
    })()
      .catch(() => ({ kind: 'unsupported' }) as const)
      .then((next) => {
        if (!cancelled) setState(next)
      })
    return () => {
      cancelled = true
    }
  }, [])

  async function toggle(endpoint: string, linked: boolean) {
    const response = await fetch('/api/eoffice/devices', {
      method: linked ? 'DELETE' : 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ endpoint }),
    }).catch(() => null)
    setState(
      response?.ok
        ? { kind: 'ready', endpoint, linked: !linked }
        : { kind: 'failed', endpoint, linked },
    )
  }

  return { state, toggle }
}
