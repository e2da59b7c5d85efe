import type { RefObject } from 'react'

import type { Messages } from '@/lib/i18n/messages'

/** Subscribe (or save, when subscribed) and stop. */
export function NotifyButtons({
  subscribed,
  busy,
  stop,
  submitButton,
  labels,
}: {
  subscribed: boolean
  busy: boolean
  stop: () => void
  submitButton: RefObject<HTMLButtonElement | null>
  labels: Messages['notify']
}) {
  return (
    // aria-disabled, not disabled, while busy: a disabled button loses focus (it falls to
    // <body> and the next Tab starts again from the top); the handlers ignore presses.
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
  )
}
