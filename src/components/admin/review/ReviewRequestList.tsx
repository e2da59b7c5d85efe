import type { AdminMessages } from '@/lib/i18n/adminMessages'

import type { PanelRequest } from '../ReviewPanelClient'

interface Props {
  requests: PanelRequest[]
  text: AdminMessages
  when: (iso: string) => string
}

/** The document's review requests, newest state first as the server sent them. */
export function ReviewRequestList({ requests, text, when }: Props) {
  const statusText = { pending: text.waiting, approved: text.approved, returned: text.returned }
  return (
    <ul style={{ listStyle: 'none', padding: 0 }}>
      {requests.map((request) => (
        <li key={request.id} className="plaza-review__item" style={{ marginBottom: '0.75rem' }}>
          <strong data-review-status={request.status}>{statusText[request.status]}</strong>
          {' · '}
          <a href={`/admin/collections/review-requests/${request.id}`}>{when(request.createdAt)}</a>
          <p>
            {text.requestedBy}: {request.requesterLabel ?? '—'}
          </p>
          <blockquote style={{ margin: 0 }}>{request.message}</blockquote>
          {request.comment ? (
            <p className="plaza-review__comment">
              <strong>{text.editorComment}:</strong> {request.comment}
            </p>
          ) : null}
          {request.publishAt ? <p>{`${text.publishAtLabel}: ${when(request.publishAt)}`}</p> : null}
          {request.deciderLabel ? (
            <p>
              {text.decidedBy}: {request.deciderLabel}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
