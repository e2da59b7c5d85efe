import { useState, type FormEvent, type RefObject } from 'react'

import type { Messages } from '@/lib/i18n/messages'

import { forgetChoices, saveChoices, type Choices } from './choices'
import {
  browserSubscription,
  reasonFor,
  registration,
  removeSubscription,
  saveSubscription,
} from './pushSubscription'

interface Options {
  locale: string
  labels: Messages['notify']
  choices: Choices
  subscribed: boolean
  setSubscribed: (subscribed: boolean) => void
  submitButton: RefObject<HTMLButtonElement | null>
}

/** Subscribing with the citizen's choices and stopping, one at a time, with a status line. */
export function useNotifyActions({
  locale,
  labels,
  choices,
  subscribed,
  setSubscribed,
  submitButton,
}: Options) {
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)

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

  return { status, busy, submit, stop }
}
