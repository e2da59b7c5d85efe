'use client'
import { useId } from 'react'

import type { AdminMessages } from '@/lib/i18n/adminMessages'

import { DecideReviewBox } from './review/DecideReviewBox'
import { RequestReviewBox } from './review/RequestReviewBox'
import { ReviewRequestList } from './review/ReviewRequestList'
import { useReviewAction } from './review/useReviewAction'

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

export function ReviewPanelClient({ collection, docId, isEditor, requests, text, locale }: Props) {
  const ids = useId()
  const { busy, error, act } = useReviewAction()
  const pending = requests.find((request) => request.status === 'pending')
  const when = (iso: string) =>
    new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })

  return (
    <section className="plaza-review" aria-labelledby={`${ids}-h`} style={{ marginBlock: '1rem' }}>
      <h3 id={`${ids}-h`}>{text.reviewHeading}</h3>
      {requests.length === 0 ? <p>{text.noRequests}</p> : null}
      <ReviewRequestList requests={requests} text={text} when={when} />

      {!pending ? (
        <RequestReviewBox
          ids={ids}
          collection={collection}
          docId={docId}
          busy={busy}
          act={act}
          text={text}
        />
      ) : null}

      {pending && isEditor ? (
        <DecideReviewBox ids={ids} pending={pending} busy={busy} act={act} text={text} />
      ) : null}
      {error ? (
        <p role="alert" className="plaza-review__error">
          {text.failed}: {error}
        </p>
      ) : null}
    </section>
  )
}
