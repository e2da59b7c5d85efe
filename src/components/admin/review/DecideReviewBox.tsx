import { useState } from 'react'

import type { AdminMessages } from '@/lib/i18n/adminMessages'

import type { PanelRequest } from '../ReviewPanelClient'
import type { ReviewAction } from './useReviewAction'

interface Props {
  ids: string
  pending: PanelRequest
  busy: boolean
  act: ReviewAction
  text: AdminMessages
}

/** An editor decides a pending request: publish now, publish at a time, or send it back. */
export function DecideReviewBox({ ids, pending, busy, act, text }: Props) {
  const [comment, setComment] = useState('')
  const [publishAt, setPublishAt] = useState('')
  const decide = (body: object) =>
    act('PATCH', `review-requests/${pending.id}`, { ...body, comment })
  return (
    <div role="group" aria-labelledby={`${ids}-h`}>
      <label htmlFor={`${ids}-comment`}>{text.commentLabel}</label>
      <textarea
        id={`${ids}-comment`}
        rows={3}
        maxLength={2000}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        style={{ width: '100%' }}
      />
      <button
        type="button"
        className="btn btn--style-primary btn--size-small"
        disabled={busy}
        onClick={() => decide({ status: 'approved', decision: 'publish' })}
      >
        {text.approvePublish}
      </button>
      <label htmlFor={`${ids}-at`}>{text.publishAtLabel}</label>
      <input
        id={`${ids}-at`}
        type="datetime-local"
        value={publishAt}
        onChange={(event) => setPublishAt(event.target.value)}
      />
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        disabled={busy || !publishAt}
        onClick={() =>
          decide({
            status: 'approved',
            decision: 'schedule',
            publishAt: new Date(publishAt).toISOString(),
          })
        }
      >
        {text.approveSchedule}
      </button>
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        disabled={busy}
        onClick={() => decide({ status: 'returned' })}
      >
        {text.sendBack}
      </button>
    </div>
  )
}
