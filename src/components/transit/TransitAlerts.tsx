import type { Alert } from '@/payload-types'

/** Current alerts for a line or stop, most recent first. */
export function TransitAlerts({ alerts, heading }: { alerts: Alert[]; heading: string }) {
  if (alerts.length === 0) return null
  return (
    <section aria-labelledby="transit-alerts">
      <h2 id="transit-alerts">{heading}</h2>
      {alerts.map((alert) => (
        <div key={alert.id} className="notice" role="note">
          <p className="notice__title">{alert.headline}</p>
          <p>{alert.description}</p>
        </div>
      ))}
    </section>
  )
}
