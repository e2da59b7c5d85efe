'use client'
import { useId, useState } from 'react'

import type { AdminMessages } from '@/lib/i18n/adminMessages'

export interface PanelRequest {
  id: number | string
  status: 'pending' | 'approved' | 'returned'
  message: string
  comment: string | null
  requesterLabel: string | null
  deciderLabel: string | null
  decision: 'publish' | 'schedule' | null
  publishAt: string | null
  createdAt: string
}

interface Props {
  collection: string
  docId: number | string
  isEditor: boolean
  requests: PanelRequest[]
  text: AdminMessages
  locale: string
}

/** Payload's REST API, with the admin's session cookie; the error message it gives, if any. */
async function send(method: 'POST' | 'PATCH', path: string, body: object): Promise<string | null> {
  const response = await fetch(`/api/${path}`, {
    method,
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (response.ok) return null
  const json = (await response.json().catch(() => null)) as {
    errors?: { message?: string; data?: { errors?: { message?: string }[] } }[]
  } | null
  const first = json?.errors?.[0]
  return first?.data?.errors?.[0]?.message ?? first?.message ?? `HTTP ${response.status}`
}

export function ReviewPanelClient({ collection, docId, isEditor, requests, text, locale }: Props) {
  const ids = useId()
  const [message, setMessage] = useState('')
  const [comment, setComment] = useState('')
  const [publishAt, setPublishAt] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const pending = requests.find((request) => request.status === 'pending')
  const statusText = { pending: text.waiting, approved: text.approved, returned: text.returned }
  const when = (iso: string) =>
    new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })

  // After a step the person's work on this document is done (the server has released their
  // lock on it): back to the admin home, where the request now shows in its new state.
  async function act(method: 'POST' | 'PATCH', path: string, body: object) {
    setBusy(true)
    setError(null)
    const failure = await send(method, path, body)
    if (failure) {
      setError(failure)
      setBusy(false)
    } else window.location.assign('/admin')
  }

  return (
    <section className="plaza-review" aria-labelledby={`${ids}-h`} style={{ marginBlock: '1rem' }}>
      <h3 id={`${ids}-h`}>{text.reviewHeading}</h3>
      {requests.length === 0 ? <p>{text.noRequests}</p> : null}
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {requests.map((request) => (
          <li key={request.id} className="plaza-review__item" style={{ marginBottom: '0.75rem' }}>
            <strong data-review-status={request.status}>{statusText[request.status]}</strong>
            {' · '}
            <a href={`/admin/collections/review-requests/${request.id}`}>
              {when(request.createdAt)}
            </a>
            <p>
              {text.requestedBy}: {request.requesterLabel ?? '—'}
            </p>
            <blockquote style={{ margin: 0 }}>{request.message}</blockquote>
            {request.comment ? (
              <p className="plaza-review__comment">
                <strong>{text.editorComment}:</strong> {request.comment}
              </p>
            ) : null}
            {request.publishAt ? (
              <p>{`${text.publishAtLabel}: ${when(request.publishAt)}`}</p>
            ) : null}
            {request.deciderLabel ? (
              <p>
                {text.decidedBy}: {request.deciderLabel}
              </p>
            ) : null}
          </li>
        ))}
      </ul>

      {!pending ? (
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
      ) : null}

      {pending && isEditor ? (
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
            onClick={() =>
              act('PATCH', `review-requests/${pending.id}`, {
                status: 'approved',
                decision: 'publish',
                comment,
              })
            }
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
              act('PATCH', `review-requests/${pending.id}`, {
                status: 'approved',
                decision: 'schedule',
                publishAt: new Date(publishAt).toISOString(),
                comment,
              })
            }
          >
            {text.approveSchedule}
          </button>
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            disabled={busy}
            onClick={() =>
              act('PATCH', `review-requests/${pending.id}`, { status: 'returned', comment })
            }
          >
            {text.sendBack}
          </button>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="plaza-review__error">
          {text.failed}: {error}
        </p>
      ) : null}
    </section>
  )
}
