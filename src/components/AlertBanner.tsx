import { isUrgentAlert } from '@/lib/alerts/selection'
import { localePath, paths } from '@/lib/content/paths'
import type { Messages } from '@/lib/i18n/messages'
import type { Alert } from '@/payload-types'

import { alertDismissKey } from './alertDismissal'

type BannerAlert = Pick<
  Alert,
  'id' | 'slug' | 'headline' | 'severity' | 'urgency' | 'updatedAt' | 'capMessages'
>

/**
 * The site-wide alert banner (after GOV.UK's). Only Extreme/Severe and Immediate alerts use
 * role="alert" and cannot be dismissed; the dismissal script is in the layout's <head>.
 */
export function AlertBanner({
  locale,
  alerts,
  messages,
}: {
  locale: string
  alerts: BannerAlert[]
  messages: Messages['alerts']
}) {
  if (alerts.length === 0) return null
  return (
    <>
      <section className="alert-banner" aria-labelledby="alert-banner-title" data-alert-banner="">
        <div className="wrap">
          <h2 id="alert-banner-title" className="alert-banner__title">
            {messages.bannerHeading}
          </h2>
          <ul className="alert-banner__list">
            {alerts.map((alert) => {
              const urgent = isUrgentAlert(alert)
              const key = alertDismissKey(alert)
              return (
                <li
                  key={alert.id}
                  className={`alert-banner__item alert-banner__item--${alert.severity.toLowerCase()}`}
                  data-alert-key={urgent ? undefined : key}
                >
                  <p className="alert-banner__text" role={urgent ? 'alert' : undefined}>
                    <span className="alert-banner__severity">
                      {messages.severity[alert.severity]}
                    </span>{' '}
                    <a href={localePath(locale, paths.alert(alert.slug))}>{alert.headline}</a>
                  </p>
                  {!urgent && (
                    <button
                      type="button"
                      className="alert-banner__dismiss"
                      data-alert-dismiss={key}
                      aria-label={messages.dismissLabel(alert.headline)}
                      data-alert-dismissed={messages.dismissed(alert.headline)}
                    >
                      {messages.dismiss}
                    </button>
                  )}
                </li>
              )
            })}
          </ul>
        </div>
      </section>
      {/* Outside the banner, which is hidden once every alert in it is dismissed: a live
          region there would never be read. The dismissal script writes into it. */}
      <p className="visually-hidden" role="status" data-alert-status="" />
    </>
  )
}
