import { getMessages } from '@/lib/i18n/messages'
import type { ShownOperatorAlert } from '@/lib/transit/realtime/live'

/**
 * The operator's ServiceAlerts, marked as the operator's (not the city's) and role="note": they
 * inform rather than interrupt.
 */
export function OperatorAlerts({
  alerts,
  locale,
}: {
  alerts: ShownOperatorAlert[]
  locale: string
}) {
  if (alerts.length === 0) return null
  const t = getMessages(locale).transit.live
  return (
    <section aria-labelledby="operator-alerts">
      <h2 id="operator-alerts">{t.operatorAlerts}</h2>
      {alerts.map((alert) => (
        <div key={alert.id} className="notice" role="note" data-source="operator">
          <p className="notice__title">{alert.header}</p>
          {alert.description && <p>{alert.description}</p>}
          {alert.url && (
            <p>
              <a href={alert.url} rel="noopener noreferrer external">
                {alert.url}
              </a>
            </p>
          )}
          <p className="notice__meta">{t.fromOperator}</p>
        </div>
      ))}
    </section>
  )
}
