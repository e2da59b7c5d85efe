import { draftMode } from 'next/headers'
import type { ReactNode } from 'react'

import { getBannerAlerts } from '@/lib/alerts/read'
import { localePath } from '@/lib/content/paths'
import { getNavigation, getSiteSettings } from '@/lib/content/read'
import { getMessages } from '@/lib/i18n/messages'

import { AlertBanner } from './AlertBanner'
import { Breadcrumbs, type Crumb } from './Breadcrumbs'
import { LivePreviewListener } from './LivePreviewListener'
import { LanguageSwitch } from './LanguageSwitch'
import { MainNav } from './MainNav'
import { SiteSearchForm } from './SiteSearchForm'
import { SiteFooter } from './SiteFooter'

/**
 * Header, navigation, breadcrumbs and footer around a page's main content. Each page
 * renders its own shell and passes its locale-less path, so the language switch and
 * aria-current are right with no client-side script.
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
      {draft.isEnabled && (
        <div className="preview-banner" role="status">
          <LivePreviewListener />
          {messages.previewing}{' '}
          <a href={`/next/exit-preview?path=${encodeURIComponent(localePath(locale, path))}`}>
            {messages.exitPreview}
          </a>
        </div>
      )}
      <a className="skip-link" href="#main">
        {messages.skipToContent}
      </a>
      <header className="site-header">
        <div className="wrap site-header__bar">
          <a className="site-header__brand" href={localePath(locale, '')}>
            {settings.cityName}
          </a>
          <SiteSearchForm
            id="site-search"
            locale={locale}
            label={t.search.label}
            submit={t.search.submit}
          />
          <LanguageSwitch locale={locale} path={path} label={messages.languages} />
          {/* A native disclosure: no script, and the summary announces its expanded state. */}
          <details className="site-menu">
            <summary className="site-menu__toggle">{messages.menu}</summary>
            <MainNav
              locale={locale}
              path={path}
              label={messages.mainNavigation}
              items={[
                ...(navigation.header ?? []),
                { id: 'notify', label: t.notify.navLink, href: '/notifications' },
                { id: 'my-office', label: t.myOffice.navLink, href: '/my/notifications' },
              ]}
            />
          </details>
        </div>
      </header>
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
