import { useState } from 'react'

import type { AdminMessages } from '@/lib/i18n/adminMessages'

import type { ReviewAction } from './useReviewAction'

interface Props {
  ids: string
  collection: string
  docId: number | string
  busy: boolean
  act: ReviewAction
  text: AdminMessages
}

/** An author asks an editor to review the document, with a message. */
export function RequestReviewBox({ ids, collection, docId, busy, act, text }: Props) {
  const [message, setMessage] = useState('')
  return (
    // Not a <form>: the box sits inside Payload's document form, and a nested form's
    // submit button would submit (save) the document instead.
    <div role="group" aria-labelledby={`${ids}-h`}>
      <label htmlFor={`${ids}-message`}>{text.messageLabel}</label>
      <textarea
        id={`${ids}-message`}
        required
        rows={3}
        maxLength={2000}
        value={message}
        onChange={(event) => setMessage(event.target.value)}
        style={{ width: '100%' }}
      />
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        disabled={busy || !message.trim()}
        onClick={() =>
          act('POST', 'review-requests', {
            doc: { relationTo: collection, value: docId },
            message,
          })
        }
      >
        {busy ? text.working : text.sendRequest}
      </button>
    </div>
  )
}
