import type { Service } from '@/payload-types'

/**
 * A limited or closed service, shown at the top of its page. Not urgent enough for
 * role="alert" (it is not news to the page), so a region labelled by its heading, as in
 * govuk-frontend's notification banner. The state is written out, and marked with a
 * symbol and border as well as colour.
 */
export function StatusNotice({ status, label }: { status: Service['status']; label: string }) {
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
    </div>
  )
}
