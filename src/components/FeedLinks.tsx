import { capPaths, localePath, paths } from '@/lib/content/paths'
import type { Messages } from '@/lib/i18n/messages'

/** Visible links to the alert feeds (the same ones the <head> announces). */
export function FeedLinks({ locale, messages }: { locale: string; messages: Messages['alerts'] }) {
  return (
    <section className="feed-links" aria-labelledby="follow-alerts">
      <h2 id="follow-alerts">{messages.follow}</h2>
      <ul>
        <li>
          <a href={localePath(locale, paths.alertsRss())} type="application/rss+xml">
            {messages.rss}
          </a>
        </li>
        <li>
          <a href={localePath(locale, paths.alertsAtom())} type="application/atom+xml">
            {messages.atom}
          </a>
        </li>
        <li>
          <a href={capPaths.index()} type="application/atom+xml">
            {messages.capFeed}
          </a>
        </li>
      </ul>
    </section>
  )
}
