import { localePath } from '@/lib/content/paths'
import type { Messages } from '@/lib/i18n/messages'
import type { Navigation } from '@/payload-types'

import { LanguageSwitch } from './LanguageSwitch'
import { MainNav } from './MainNav'
import { SiteSearchForm } from './SiteSearchForm'

/** The city's name, the site search, the language switch and the menu of every page. */
export function SiteHeader({
  locale,
  path,
  cityName,
  links,
  t,
}: {
  locale: string
  path: string
  cityName: string
  /** The editors' header links; the notification pages are always appended. */
  links: NonNullable<Navigation['header']>
  t: Messages
}) {
  const messages = t.shell
  return (
    <header className="site-header">
      <div className="wrap site-header__bar">
        <a className="site-header__brand" href={localePath(locale, '')}>
          {cityName}
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
              ...links,
              { id: 'notify', label: t.notify.navLink, href: '/notifications' },
              { id: 'my-office', label: t.myOffice.navLink, href: '/my/notifications' },
            ]}
          />
        </details>
      </div>
    </header>
  )
}
