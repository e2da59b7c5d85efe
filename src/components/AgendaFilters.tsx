import type { AgendaQuery } from '@/lib/agenda/query'
import type { Messages } from '@/lib/i18n/messages'

import { PeriodFields, PeriodLinks, TopicAndAccessFields } from './agenda/AgendaFilterFields'

/**
 * The agenda's filters: quick links for the period, and a plain GET form for everything,
 * so that both work without JavaScript and every result has a shareable URL.
 */
export function AgendaFilters({
  action,
  query,
  topics,
  messages,
}: {
  action: string
  query: AgendaQuery
  topics: { slug: string; title: string }[]
  messages: Messages['agenda']
}) {
  return (
    <section aria-labelledby="agenda-filters" className="agenda-filters">
      <h2 id="agenda-filters">{messages.filters}</h2>
      <PeriodLinks action={action} query={query} messages={messages} />
      {/* Sent to the results heading (see FocusOnArrival), like the links above. */}
      <form method="get" action={`${action}#agenda-results`} className="agenda-form">
        <PeriodFields query={query} messages={messages} />
        <TopicAndAccessFields query={query} topics={topics} messages={messages} />
        <p>
          <button type="submit" className="button">
            {messages.apply}
          </button>{' '}
          <a href={action}>{messages.clear}</a>
        </p>
      </form>
    </section>
  )
}
