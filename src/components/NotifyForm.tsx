'use client'
// The "Notify me" form: subscribes this browser with the citizen's choices, or stops.
// Rendered only once JavaScript runs and only where push is possible; otherwise it says so.
import { useRef, useState } from 'react'

import type { Messages } from '@/lib/i18n/messages'

import { ChoiceFields } from './notify/ChoiceFields'
import { EMPTY, type Choices } from './notify/choices'
import type { NotifyOption } from './notify/fields'
import { NotifyButtons } from './notify/NotifyButtons'
import { useNotifyActions } from './notify/useNotifyActions'
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
  const submitButton = useRef<HTMLButtonElement>(null)
  const { status, busy, submit, stop } = useNotifyActions({
    locale,
    labels,
    choices,
    subscribed,
    setSubscribed,
    submitButton,
  })

  if (state === 'checking') return <p role="status">{labels.checking}</p>
  if (state === 'unsupported')
    return (
      <p className="notify__notice" role="status">
        {labels.unsupported}
      </p>
    )

  return (
    <form className="notify" onSubmit={submit} aria-busy={busy}>
      <p>{subscribed ? labels.currentlyOn : labels.currentlyOff}</p>
      <ChoiceFields
        labels={labels}
        choices={choices}
        setChoices={setChoices}
        districts={districts}
        lines={lines}
        topics={topics}
      />
      <p className="notify__hint">{labels.languageNote}</p>
      <NotifyButtons
        subscribed={subscribed}
        busy={busy}
        stop={stop}
        submitButton={submitButton}
        labels={labels}
      />
      <p role="status" aria-live="polite">
        {status}
      </p>
    </form>
  )
}
