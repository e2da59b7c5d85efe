import type { NoticeDatesPart } from '@/lib/services/noticeText'
import type { Service } from '@/payload-types'

/**
 * A limited or closed service, at the top of its page: a labelled region, not role="alert" (it is
 * not news to the page); the state is written out, not only coloured.
 */
export function StatusNotice({
  status,
  label,
  dates = null,
}: {
  status: Service['status']
  label: string
  dates?: NoticeDatesPart[] | null
}) {
  if (status.state === 'normal') return null
  return (
    <div
      className={`notice notice--${status.state}`}
      role="region"
      aria-labelledby="service-status-title"
    >
      <h2 className="notice__title" id="service-status-title">
        {label}
      </h2>
      {status.message && <p>{status.message}</p>}
      {dates && (
        <p className="notice__dates">
          {dates.map((part, index) =>
            'day' in part ? (
              <time key={index} dateTime={part.day}>
                {part.label}
              </time>
            ) : (
              part.text
            ),
          )}
        </p>
      )}
    </div>
  )
}
