'use client'
// The "Notify me" form: subscribes this browser with the citizen's choices, or stops.
// Rendered only once JavaScript runs and only where push is possible; otherwise it says so.
import { useRef, useState, type FormEvent } from 'react'

import type { Messages } from '@/lib/i18n/messages'

import { EMPTY, forgetChoices, saveChoices, type Choices } from './notify/choices'
import { AreaFields, OptionChecks, type NotifyOption } from './notify/fields'
import {
  browserSubscription,
  reasonFor,
  registration,
  removeSubscription,
  saveSubscription,
} from './notify/pushSubscription'
import { usePushSubscription } from './notify/usePushSubscription'

export type { NotifyOption }

type Labels = Messages['notify']

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
  const [choices, setChoices] = useState<Choices>(EMPTY)
  const { state, subscribed, setSubscribed } = usePushSubscription(setChoices)
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  const submitButton = useRef<HTMLButtonElement>(null)

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
      await saveSubscription(await browserSubscription(reg), locale, choices)
      saveChoices(choices)
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
      await removeSubscription()
      forgetChoices()
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
          <OptionChecks
            name="districts"
            legend={labels.districtsLegend}
            options={districts}
            checked={choices.districts}
            onToggle={(id) => toggle('districts', id)}
          />
          <OptionChecks
            name="lines"
            legend={labels.linesLegend}
            options={lines}
            checked={choices.lines}
            onToggle={(id) => toggle('lines', id)}
          />
          <AreaFields labels={labels} choices={choices} setChoices={setChoices} />
        </>
      )}
      <OptionChecks
        name="topics"
        legend={labels.topicsLegend}
        options={topics}
        checked={choices.topics}
        onToggle={(id) => toggle('topics', id)}
      />
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
