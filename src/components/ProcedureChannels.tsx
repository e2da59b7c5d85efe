import { localePath, paths } from '@/lib/content/paths'
import type { Messages } from '@/lib/i18n/messages'
import type { Procedure, Service } from '@/payload-types'

import { telHref } from './telHref'

/** "How to apply": online, in person (the services where it can be done) and by phone. */
export function ProcedureChannels({
  procedure,
  onlineUrl,
  locale,
  messages,
}: {
  procedure: Procedure
  onlineUrl: string | null
  locale: string
  messages: Messages
}) {
  const t = messages.procedures
  const inPerson = procedure.inPerson?.enabled
    ? (procedure.inPerson.locations ?? []).filter(
        (service): service is Service => typeof service === 'object',
      )
    : []
  const phone = procedure.phone?.number
  if (!onlineUrl && inPerson.length === 0 && !phone) return null
  return (
    <section aria-labelledby="how-to-apply">
      <h2 id="how-to-apply">{t.howToApply}</h2>
      {onlineUrl && (
        <>
          <h3>{t.online}</h3>
          <p>
            <a href={onlineUrl}>{t.startOnlineFor(procedure.title)}</a>
          </p>
        </>
      )}
      {inPerson.length > 0 && (
        <>
          <h3>{t.inPerson}</h3>
          {procedure.inPerson?.appointmentRequired && (
            <p>
              <strong>{t.appointmentNeeded}</strong>
            </p>
          )}
          <ul>
            {inPerson.map((service) => (
              <li key={service.id}>
                <a href={localePath(locale, paths.service(service.slug))}>{service.title}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      {phone && (
        <>
          <h3>{t.byPhone}</h3>
          <p>
            <a href={telHref(phone)}>{phone}</a>
            {procedure.phone?.hours && <> ({procedure.phone.hours})</>}
          </p>
        </>
      )}
    </section>
  )
}
