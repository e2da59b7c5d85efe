import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { AffectingAlerts } from '@/components/AffectingAlerts'
import { getMessages } from '@/lib/i18n/messages'

const messages = getMessages('en').alerts
const alert = (id: number, severity: 'Extreme' | 'Severe' | 'Moderate' | 'Minor' | 'Unknown') => ({
  id,
  slug: `alert-${id}`,
  headline: `Alert ${id}`,
  severity,
})

describe('alerts shown on a service or procedure page', () => {
  it('draws each alert as serious as it is: severe in red, moderate in amber, minor as information', () => {
    const html = renderToStaticMarkup(
      createElement(AffectingAlerts, {
        locale: 'en',
        messages,
        alerts: [alert(1, 'Severe'), alert(2, 'Moderate'), alert(3, 'Minor'), alert(4, 'Extreme')],
      }),
    )
    const classes = [...html.matchAll(/<li class="([^"]+)"/g)].map((m) => m[1])
    expect(classes).toEqual([
      'notice notice--closed',
      'notice',
      'notice notice--info',
      'notice notice--closed',
    ])
    // The severity is also written, so colour is never the only cue.
    expect(html).toContain(
      `Alert 3</a><span class="notice__state">${messages.severity.Minor}</span>`,
    )
    expect(html).toContain('href="/en/alerts/alert-1"')
  })

  it('renders nothing when no alert names the page', () => {
    expect(
      renderToStaticMarkup(createElement(AffectingAlerts, { locale: 'en', messages, alerts: [] })),
    ).toBe('')
  })
})
