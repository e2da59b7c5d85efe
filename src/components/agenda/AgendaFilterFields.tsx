import type { AgendaQuery } from '@/lib/agenda/query'
import { agendaSearch } from '@/lib/agenda/query'
import { AGENDA_WHEN } from '@/lib/agenda/ranges'
import type { Messages } from '@/lib/i18n/messages'

/** Quick links for the period (each a shareable URL), the current one marked. */
export function PeriodLinks({
  action,
  query,
  messages,
}: {
  action: string
  query: AgendaQuery
  messages: Messages['agenda']
}) {
  const quick = AGENDA_WHEN.filter((when) => when !== 'range')
  return (
    <nav aria-label={messages.when}>
      <ul className="inline-list">
        {quick.map((when) => (
          <li key={when}>
            <a
              href={`${action}${agendaSearch({ ...query, when, page: 1 })}#agenda-results`}
              aria-current={query.when === when ? 'page' : undefined}
            >
              {messages.whenOptions[when]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** The period in the form: one of the named ones, or a range of dates. */
export function PeriodFields({
  query,
  messages,
}: {
  query: AgendaQuery
  messages: Messages['agenda']
}) {
  return (
    <fieldset>
      <legend>{messages.when}</legend>
      {AGENDA_WHEN.map((when) => (
        <div key={when} className="choice">
          <input
            type="radio"
            name="when"
            id={`when-${when}`}
            value={when}
            defaultChecked={query.when === when}
          />
          <label htmlFor={`when-${when}`}>{messages.whenOptions[when]}</label>
        </div>
      ))}
      <div className="agenda-form__dates">
        <div>
          <label htmlFor="agenda-from">{messages.from}</label>
          <input type="date" id="agenda-from" name="from" defaultValue={query.from ?? ''} />
        </div>
        <div>
          <label htmlFor="agenda-to">{messages.to}</label>
          <input type="date" id="agenda-to" name="to" defaultValue={query.to ?? ''} />
        </div>
      </div>
    </fieldset>
  )
}

/** The topic, and the free-only and accessible-only checks. */
export function TopicAndAccessFields({
  query,
  topics,
  messages,
}: {
  query: AgendaQuery
  topics: { slug: string; title: string }[]
  messages: Messages['agenda']
}) {
  return (
    <>
      <div>
        <label htmlFor="agenda-topic">{messages.topic}</label>
        <select id="agenda-topic" name="topic" defaultValue={query.topic ?? ''}>
          <option value="">{messages.anyTopic}</option>
          {topics.map((topic) => (
            <option key={topic.slug} value={topic.slug}>
              {topic.title}
            </option>
          ))}
        </select>
      </div>
      <div className="choice">
        <input type="checkbox" id="agenda-free" name="free" value="1" defaultChecked={query.free} />
        <label htmlFor="agenda-free">{messages.freeOnly}</label>
      </div>
      <div className="choice">
        <input
          type="checkbox"
          id="agenda-accessible"
          name="accessible"
          value="1"
          defaultChecked={query.accessible}
        />
        <label htmlFor="agenda-accessible">{messages.accessibleOnly}</label>
      </div>
    </>
  )
}
