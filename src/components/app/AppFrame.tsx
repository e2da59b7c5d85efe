import type { ReactNode } from 'react'

import { localePath } from '@/lib/content/paths'
import { getSiteSettings } from '@/lib/content/read'
import { getMessages } from '@/lib/i18n/messages'

/**
 * A light frame for precached pages: no alert banner or navigation fetched at build time,
 * which would be stale when shown offline days later.
 */
export async function AppFrame({ locale, children }: { locale: string; children: ReactNode }) {
  const t = getMessages(locale)
  const settings = await getSiteSettings(locale)
  return (
    <>
      <a className="skip-link" href="#main">
        {t.shell.skipToContent}
      </a>
      <header className="site-header">
        <div className="wrap site-header__bar">
          <a className="site-header__brand" href={localePath(locale, '')}>
            {settings.cityName}
          </a>
        </div>
      </header>
      <div className="wrap">
        <main id="main" tabIndex={-1}>
          {children}
          <ul className="app-frame__links">
            <li>
              <a href={localePath(locale, '')}>{t.app.home}</a>
            </li>
            <li>
              <a href={localePath(locale, '/alerts')}>{t.app.alerts}</a>
            </li>
            <li>
              <a href={localePath(locale, '/saved')}>{t.app.savedLink}</a>
            </li>
          </ul>
        </main>
      </div>
    </>
  )
}
