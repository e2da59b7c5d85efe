// The operator's current alerts as RSS/Atom items, titled as the operator's and gone when its
// feed drops them or goes stale (never stored as the city's alerts).
import type { Payload } from 'payload'

import type { OperatorFeedItem } from '@/lib/alerts/feeds'
import { localePath } from '@/lib/content/paths'
import { getMessages } from '@/lib/i18n/messages'

import { transitPaths } from '../paths'

import { operatorAlerts } from './live'

export async function operatorFeedItems(
  payload: Payload,
  locale: string,
  origin: string,
  now = Date.now(),
): Promise<OperatorFeedItem[]> {
  const t = getMessages(locale).transit.live
  const alerts = await operatorAlerts(payload, { all: true }, locale, now)
  return alerts.map((alert) => {
    const path =
      alert.stopIds.length === 1 && alert.routeIds.length === 0
        ? transitPaths.stop(alert.stopIds[0])
        : alert.routeIds.length === 1
          ? transitPaths.line(alert.routeIds[0])
          : transitPaths.home()
    const url = `${origin}${localePath(locale, path)}`
    return {
      guid: `${origin}${localePath(locale, transitPaths.home())}#operator-alert-${encodeURIComponent(alert.id)}`,
      title: `${t.fromOperator}: ${alert.header}`,
      text: alert.description,
      url,
      date: new Date(alert.since ?? now),
    }
  })
}
