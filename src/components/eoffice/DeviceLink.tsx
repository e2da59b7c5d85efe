'use client'

// Links this device's push subscription (from "Notify me") to the signed-in citizen. Works
// only where the browser has a service worker and Web Push; elsewhere it says so and the
// inbox still lists every notice. The subscription itself is created by "Notify me".
import { useEffect, useState } from 'react'

import type { DeviceMessages } from '@/lib/eoffice/deviceMessages'

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

export function DeviceLink({
  messages,
  notifyHref,
}: {
  messages: DeviceMessages
  notifyHref: string
}) {
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

  return (
    <div className="myoffice-device" aria-live="polite">
      {state.kind === 'unsupported' && <p>{messages.deviceUnsupported}</p>}
      {state.kind === 'no-subscription' && (
        <p>
          <a href={notifyHref}>{messages.deviceNeedsNotify}</a>
        </p>
      )}
      {state.kind === 'failed' && <p role="alert">{messages.deviceFailed}</p>}
      {(state.kind === 'ready' || (state.kind === 'failed' && state.endpoint)) && (
        <>
          <p>{state.linked ? messages.deviceLinked : messages.deviceNotLinked}</p>
          <button
            type="button"
            className="button"
            onClick={() => toggle(state.endpoint as string, Boolean(state.linked))}
          >
            {state.linked ? messages.deviceUnlink : messages.deviceLink}
          </button>
        </>
      )}
    </div>
  )
}
