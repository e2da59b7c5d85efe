import { localePath, paths } from '@/lib/content/paths'
import type { Messages } from '@/lib/i18n/messages'
import type { Alert } from '@/payload-types'

// The border says how serious an alert is, as in the alerts banner: a minor one is not a closure.
const SEVERITY_CLASS: Record<Alert['severity'], string> = {
  Extreme: 'notice notice--closed',
  Severe: 'notice notice--closed',
  Moderate: 'notice',
  Minor: 'notice notice--info',
  Unknown: 'notice notice--info',
}

/** Alerts in force that name this service or procedure; nothing when there are none. */
export function AffectingAlerts({
  locale,
  alerts,
  messages,
}: {
  locale: string
  alerts: Pick<Alert, 'id' | 'slug' | 'headline' | 'severity'>[]
  messages: Messages['alerts']
}) {
  if (alerts.length === 0) return null
  return (
    <section className="notices" aria-labelledby="alerts-here">
      <h2 id="alerts-here">{messages.activeHere}</h2>
      <ul className="notices__list">
        {alerts.map((alert) => (
          <li key={alert.id} className={SEVERITY_CLASS[alert.severity]}>
            <p className="notice__title">
              <a href={localePath(locale, paths.alert(alert.slug))}>{alert.headline}</a>
              <span className="notice__state">{messages.severity[alert.severity]}</span>
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
