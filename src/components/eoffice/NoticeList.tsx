import type { Messages } from '@/lib/i18n/messages'
import type { EofficeNotice } from '@/payload-types'

/** The e-office's notices to the citizen, newest first, each linking to the e-office. */
export function NoticeList({
  notices,
  when,
  t,
}: {
  notices: Pick<EofficeNotice, 'id' | 'url' | 'subject' | 'sentAt' | 'category'>[]
  when: Intl.DateTimeFormat
  t: Messages['myOffice']
}) {
  if (notices.length === 0) return <p>{t.empty}</p>
  return (
    <ol className="myoffice-notices">
      {notices.map((notice) => (
        <li key={notice.id} className="myoffice-notice">
          <a href={notice.url} rel="noreferrer">
            {notice.subject}
          </a>
          <p className="myoffice-notice__meta">
            {t.received}:{' '}
            <time dateTime={notice.sentAt}>{when.format(new Date(notice.sentAt))}</time>
            {notice.category && (
              <>
                {' · '}
                {t.category}: {notice.category}
              </>
            )}
          </p>
        </li>
      ))}
    </ol>
  )
}
