import { localePath, paths } from '@/lib/content/paths'
import type { Messages } from '@/lib/i18n/messages'
import type { Service } from '@/payload-types'

type Notice = Pick<Service, 'title' | 'slug' | 'status'>

/** The home page's list of services that are not running normally. */
export function ServiceNotices({
  locale,
  notices,
  heading,
  labels,
}: {
  locale: string
  notices: Notice[]
  heading: string
  labels: Messages['services']['status']
}) {
  if (notices.length === 0) return null
  return (
    <section className="notices" aria-labelledby="service-notices">
      <h2 id="service-notices">{heading}</h2>
      <ul className="notices__list">
        {notices.map((notice) => (
          <li key={notice.slug} className={`notice notice--${notice.status.state}`}>
            <p className="notice__title">
              <a href={localePath(locale, paths.service(notice.slug))}>{notice.title}</a>
              <span className="notice__state">{labels[notice.status.state]}</span>
            </p>
            {notice.status.message && <p>{notice.status.message}</p>}
          </li>
        ))}
      </ul>
    </section>
  )
}
