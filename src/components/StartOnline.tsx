import type { Messages } from '@/lib/i18n/messages'
import type { Procedure } from '@/payload-types'

type Identification = NonNullable<NonNullable<Procedure['online']>['identification']>

/**
 * A procedure's primary call to action; the identification needed is tied to it with
 * aria-describedby so it is heard before leaving the site. URL from buildStartOnlineUrl only.
 */
export function StartOnline({
  url,
  identification,
  messages,
}: {
  url: string
  identification: Identification
  messages: Messages['procedures']
}) {
  return (
    <div className="start-online">
      <a href={url} className="button button--start" aria-describedby="start-online-identification">
        {messages.startOnline}
        <svg
          className="button__arrow"
          aria-hidden="true"
          focusable="false"
          viewBox="0 0 33 40"
          width="17"
          height="19"
        >
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </a>
      <p id="start-online-identification" className="start-online__identification">
        <strong>{messages.identificationLabel}:</strong> {messages.identification[identification]}
      </p>
    </div>
  )
}
