import { draftMode } from 'next/headers'
import type { ReactNode } from 'react'

import { getBannerAlerts } from '@/lib/alerts/read'
import { getNavigation, getSiteSettings } from '@/lib/content/read'
import { getMessages } from '@/lib/i18n/messages'

import { AlertBanner } from './AlertBanner'
import { Breadcrumbs, type Crumb } from './Breadcrumbs'
import { PreviewBanner } from './PreviewBanner'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'

/**
 * The frame around a page's content. Each page passes its locale-less path, so the language
 * switch and aria-current are right without client script.
 */
export async function PageShell({
  locale,
  path,
  crumbs = [],
  children,
}: {
  locale: string
  path: string
  /** The trail after Home, ending with the current page; empty on the home page. */
  crumbs?: Crumb[]
  children: ReactNode
}) {
  const t = getMessages(locale)
  const messages = t.shell
  const [settings, navigation, draft, alerts] = await Promise.all([
    getSiteSettings(locale),
    getNavigation(locale),
    draftMode(),
    getBannerAlerts(locale),
  ])
  return (
    <>
      {draft.isEnabled && <PreviewBanner locale={locale} path={path} messages={messages} />}
      <a className="skip-link" href="#main">
        {messages.skipToContent}
      </a>
      <SiteHeader
        locale={locale}
        path={path}
        cityName={settings.cityName}
        links={navigation.header ?? []}
        t={t}
      />
      <AlertBanner locale={locale} alerts={alerts} messages={t.alerts} />
      <div className="wrap">
        {crumbs.length > 0 && (
          <Breadcrumbs
            locale={locale}
            label={messages.breadcrumb}
            crumbs={[{ label: messages.home, path: '' }, ...crumbs]}
          />
        )}
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <SiteFooter
        locale={locale}
        messages={messages}
        links={navigation.footer ?? []}
        cityName={settings.cityName}
        contact={settings.contact}
        openDataLabel={t.openData.footerLink}
      />
    </>
  )
}
