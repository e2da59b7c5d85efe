import { localePath, localizedHref, paths } from '@/lib/content/paths'
import type { Messages } from '@/lib/i18n/messages'
import type { Navigation, SiteSetting } from '@/payload-types'

import { telHref } from './telHref'

export function SiteFooter({
  locale,
  messages,
  links,
  cityName,
  contact,
  openDataLabel,
}: {
  locale: string
  messages: Messages['shell']
  links: NonNullable<Navigation['footer']>
  cityName: string
  contact: SiteSetting['contact']
  /** The Open data page is always linked: consumers look for it in the footer. */
  openDataLabel: string
}) {
  return (
    <footer className="site-footer">
      <div className="wrap site-footer__inner">
        <nav aria-label={messages.footerLinks}>
          <ul className="site-footer__links">
            {links.map((link) => (
              <li key={link.id ?? link.href}>
                <a href={localizedHref(locale, link.href)}>{link.label}</a>
              </li>
            ))}
            <li>
              <a href={localePath(locale, paths.openData())}>{openDataLabel}</a>
            </li>
          </ul>
        </nav>
        <div>
          <h2 className="site-footer__title">{messages.contact}</h2>
          <address className="site-footer__contact">
            <p>{cityName}</p>
            {contact?.address && <p>{contact.address}</p>}
            {contact?.phone && (
              <p>
                {messages.phone}: <a href={telHref(contact.phone)}>{contact.phone}</a>
              </p>
            )}
            {contact?.email && (
              <p>
                {messages.email}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
              </p>
            )}
          </address>
        </div>
      </div>
    </footer>
  )
}
