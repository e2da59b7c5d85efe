import type { Messages } from '@/lib/i18n/messages'

export interface CalendarFeed {
  label: string
  /** Absolute https (or http) URL of the .ics feed. */
  url: string
}

const webcal = (url: string) => url.replace(/^https?:/, 'webcal:')

/**
 * Calendar subscriptions: the webcal:// link opens the reader's calendar app; the https
 * address is shown in full to paste into "add calendar from URL" (Google Calendar).
 */
export function CalendarLinks({
  feeds,
  rssUrl,
  messages,
}: {
  feeds: CalendarFeed[]
  rssUrl?: string
  messages: Messages['agenda']
}) {
  return (
    <section aria-labelledby="subscribe" className="subscribe">
      <h2 id="subscribe">{messages.subscribe}</h2>
      <p>{messages.subscribeHelp}</p>
      <ul className="subscribe__list">
        {feeds.map((feed) => (
          <li key={feed.url}>
            <a href={webcal(feed.url)}>{feed.label}</a>
            <br />
            <code>{feed.url}</code>
          </li>
        ))}
        {rssUrl && (
          <li>
            <a href={rssUrl}>{messages.rss}</a>
          </li>
        )}
      </ul>
    </section>
  )
}
