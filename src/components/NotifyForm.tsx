'use client'
// The "Notify me" form: asks the browser for a push subscription (service worker +
// PushManager, VAPID public key) and sends it with the citizen's choices to
// /api/push/subscriptions; "Stop" unsubscribes in the browser and deletes it here.
// Rendered only once JavaScript runs and only where push is possible; otherwise it says so.
import { useEffect, useRef, useState, type FormEvent } from 'react'

import type { Messages } from '@/lib/i18n/messages'

export interface NotifyOption {
  id: number
  label: string
}

type Labels = Messages['notify']
type AlertsChoice = 'all' | 'severe' | 'matching' | 'none'

interface Choices {
  alerts: AlertsChoice
  districts: number[]
  lines: number[]
  topics: number[]
  lat: string
  lng: string
  radiusKm: string
}

const STORE = 'plaza.notify.choices'
const API = '/api/push/subscriptions'
const EMPTY: Choices = {
  alerts: 'all',
  districts: [],
  lines: [],
  topics: [],
  lat: '',
  lng: '',
  radiusKm: '2',
}

function urlBase64ToBytes(value: string): Uint8Array<ArrayBuffer> {
  const base64 = (value + '='.repeat((4 - (value.length % 4)) % 4))
    .replace(/-/g, '+')
    .replace(/_/g, '/')
  const raw = atob(base64)
  const bytes = new Uint8Array(new ArrayBuffer(raw.length))
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i)
  return bytes
}

/** The site answered with an error (the body's text is English: never shown). */
class ServerError extends Error {}

/**
 * A reason in the page's language: the browser's own messages ("Registration failed -
 * permission denied") are English whatever the page, so they are never shown as they are.
 */
function reasonFor(error: unknown, reasons: Labels['reasons']): string {
  if (error instanceof ServerError) return reasons.server
  if (error instanceof DOMException) return reasons.push
  // fetch() rejects with a TypeError when the network fails.
  if (error instanceof TypeError) return reasons.network
  return reasons.other
}

/** Asked at use rather than baked into the (prerendered) page: keys may change after a build. */
async function vapidPublicKey(): Promise<string> {
  const response = await fetch('/api/push/vapid-public-key')
  if (!response.ok) throw new ServerError(String(response.status))
  return ((await response.json()) as { publicKey: string }).publicKey
}

/** The service worker's registration, or null if none becomes ready soon (none registered). */
async function registration(): Promise<ServiceWorkerRegistration | null> {
  if (!navigator.serviceWorker || !('PushManager' in window)) return null
  return Promise.race([
    navigator.serviceWorker.ready,
    new Promise<null>((resolve) => setTimeout(() => resolve(null), 3000)),
  ])
}

export function NotifyForm({
  locale,
  labels,
  districts,
  lines,
  topics,
}: {
  locale: string
  labels: Labels
  districts: NotifyOption[]
  lines: NotifyOption[]
  topics: NotifyOption[]
}) {
  const [state, setState] = useState<'checking' | 'unsupported' | 'ready'>('checking')
  const [subscribed, setSubscribed] = useState(false)
  const [choices, setChoices] = useState<Choices>(EMPTY)
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  const submitButton = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    let cancelled = false
    ;(async () => {
      const reg = await registration()
      if (cancelled) return
      if (!reg?.pushManager) return setState('unsupported')
      const existing = await reg.pushManager.getSubscription().catch(() => null)
      const stored = localStorage.getItem(STORE)
      if (stored) setChoices({ ...EMPTY, ...(JSON.parse(stored) as Partial<Choices>) })
      setSubscribed(Boolean(existing && stored))
      setState('ready')
    })()
    return () => {
      cancelled = true
    }
  }, [])

  if (state === 'checking') return <p role="status">{labels.checking}</p>
  if (state === 'unsupported')
    return (
      <p className="notify__notice" role="status">
        {labels.unsupported}
      </p>
    )

  const toggle = (key: 'districts' | 'lines' | 'topics', id: number) =>
    setChoices((c) => ({
      ...c,
      [key]: c[key].includes(id) ? c[key].filter((x) => x !== id) : [...c[key], id],
    }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    setStatus(labels.working)
    try {
      const reg = await registration()
      if (!reg) return setStatus(labels.unsupported)
      if ('Notification' in window && Notification.permission === 'denied') {
        setStatus(labels.denied)
        return
      }
      const subscription =
        (await reg.pushManager.getSubscription()) ??
        (await reg.pushManager.subscribe({
          userVisibleOnly: true,
          applicationServerKey: urlBase64ToBytes(await vapidPublicKey()),
        }))
      const json = subscription.toJSON()
      const area =
        choices.alerts === 'matching' && choices.lat && choices.lng
          ? {
              lat: Number(choices.lat),
              lng: Number(choices.lng),
              radiusKm: Number(choices.radiusKm),
            }
          : null
      const matching = choices.alerts === 'matching'
      const response = await fetch(API, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          endpoint: json.endpoint,
          keys: json.keys,
          locale,
          alerts: choices.alerts,
          districts: matching ? choices.districts : [],
          lines: matching ? choices.lines : [],
          area,
          agendaTopics: choices.topics,
        }),
      })
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { error?: string }
        throw new ServerError(body.error ?? String(response.status))
      }
      localStorage.setItem(STORE, JSON.stringify(choices))
      setStatus(subscribed ? labels.saved : labels.subscribed)
      setSubscribed(true)
    } catch (error) {
      setStatus(
        error instanceof DOMException && error.name === 'NotAllowedError'
          ? labels.denied
          : labels.failed.replace('{reason}', reasonFor(error, labels.reasons)),
      )
    } finally {
      setBusy(false)
    }
  }

  async function stop() {
    if (busy) return
    setBusy(true)
    setStatus(labels.working)
    try {
      const reg = await registration()
      const subscription = await reg?.pushManager.getSubscription()
      if (subscription) {
        await fetch(API, {
          method: 'DELETE',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ endpoint: subscription.endpoint }),
        })
        await subscription.unsubscribe()
      }
      localStorage.removeItem(STORE)
      setSubscribed(false)
      setStatus(labels.stopped)
      // "Stop" goes away with the subscription: focus goes to the button that turns it back
      // on rather than falling to <body> (the status above says what happened).
      submitButton.current?.focus()
    } catch (error) {
      setStatus(labels.failed.replace('{reason}', reasonFor(error, labels.reasons)))
    } finally {
      setBusy(false)
    }
  }

  function useMyLocation() {
    navigator.geolocation?.getCurrentPosition(({ coords }) =>
      setChoices((c) => ({
        ...c,
        lat: coords.latitude.toFixed(5),
        lng: coords.longitude.toFixed(5),
      })),
    )
  }

  const checkboxes = (
    key: 'districts' | 'lines' | 'topics',
    legend: string,
    list: NotifyOption[],
  ) =>
    list.length > 0 && (
      <fieldset className="notify__group">
        <legend>{legend}</legend>
        {list.map((option) => (
          <label key={option.id} className="notify__check">
            <input
              type="checkbox"
              name={key}
              value={option.id}
              checked={choices[key].includes(option.id)}
              onChange={() => toggle(key, option.id)}
            />{' '}
            {option.label}
          </label>
        ))}
      </fieldset>
    )

  return (
    <form className="notify" onSubmit={submit} aria-busy={busy}>
      <p>{subscribed ? labels.currentlyOn : labels.currentlyOff}</p>
      <fieldset className="notify__group">
        <legend>{labels.whatLegend}</legend>
        {(['all', 'severe', 'matching', 'none'] as const).map((value) => (
          <label key={value} className="notify__check">
            <input
              type="radio"
              name="alerts"
              value={value}
              checked={choices.alerts === value}
              onChange={() => setChoices((c) => ({ ...c, alerts: value }))}
            />{' '}
            {labels[value]}
          </label>
        ))}
      </fieldset>
      {choices.alerts === 'matching' && (
        <>
          {checkboxes('districts', labels.districtsLegend, districts)}
          {checkboxes('lines', labels.linesLegend, lines)}
          <fieldset className="notify__group">
            <legend>{labels.areaLegend}</legend>
            <p className="notify__hint">{labels.areaHint}</p>
            <label>
              {labels.latitude}{' '}
              <input
                type="number"
                name="lat"
                step="any"
                min={-90}
                max={90}
                value={choices.lat}
                onChange={(e) => setChoices((c) => ({ ...c, lat: e.target.value }))}
              />
            </label>{' '}
            <label>
              {labels.longitude}{' '}
              <input
                type="number"
                name="lng"
                step="any"
                min={-180}
                max={180}
                value={choices.lng}
                onChange={(e) => setChoices((c) => ({ ...c, lng: e.target.value }))}
              />
            </label>{' '}
            <label>
              {labels.radiusKm}{' '}
              <input
                type="number"
                name="radiusKm"
                step="0.1"
                min={0.1}
                max={50}
                value={choices.radiusKm}
                onChange={(e) => setChoices((c) => ({ ...c, radiusKm: e.target.value }))}
              />
            </label>{' '}
            <button type="button" onClick={useMyLocation}>
              {labels.useMyLocation}
            </button>
          </fieldset>
        </>
      )}
      {checkboxes('topics', labels.topicsLegend, topics)}
      <p className="notify__hint">{labels.languageNote}</p>
      {/* aria-disabled, not disabled, while busy: a disabled button loses focus (it falls to
          <body> and the next Tab starts again from the top); the handlers ignore presses. */}
      <p className="notify__actions">
        <button type="submit" ref={submitButton} aria-disabled={busy || undefined}>
          {subscribed ? labels.save : labels.subscribe}
        </button>{' '}
        {subscribed && (
          <button type="button" onClick={stop} aria-disabled={busy || undefined}>
            {labels.stop}
          </button>
        )}
      </p>
      <p role="status" aria-live="polite">
        {status}
      </p>
    </form>
  )
}
