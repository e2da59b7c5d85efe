import type { NoticeDatesPart } from '@/lib/services/noticeText'
import type { Service } from '@/payload-types'

/**
 * A limited or closed service, shown at the top of its page. Not urgent enough for
 * role="alert" (it is not news to the page), so a region labelled by its heading, as in
 * govuk-frontend's notification banner. The state is written out, and marked with a
 * symbol and border as well as colour. The notice's days follow the message when it does
 * not name them, each a <time> with its machine-readable date.
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
