import type { Messages } from '@/lib/i18n/messages'
import type { Alert } from '@/payload-types'

/** Where the alert applies: the area in words, then the districts it names. */
export function AlertWhere({ area, t }: { area: Alert['area']; t: Messages['alerts'] }) {
  const districts = (area.districts ?? []).flatMap((d) =>
    typeof d === 'object' && d ? [d.name] : [],
  )
  return (
    <section aria-labelledby="where">
      <h2 id="where">{t.where}</h2>
      <p>{area.description}</p>
      {districts.length > 0 && (
        <p>
          {t.districts}: {districts.join(', ')}
        </p>
      )}
    </section>
  )
}

/** When the alert applies: onset and expiry (or "until further notice"), in city time. */
export function AlertWhen({
  onset,
  expires,
  time,
  timeZone,
  t,
}: {
  onset: string
  expires: string | null | undefined
  time: (iso: string) => string
  timeZone: string
  t: Messages['alerts']
}) {
  return (
    <section aria-labelledby="when">
      <h2 id="when">{t.when}</h2>
      <p>
        {t.starts} <time dateTime={onset}>{time(onset)}</time>
        {', '}
        {expires ? (
          <>
            {t.ends.toLowerCase()} <time dateTime={expires}>{time(expires)}</time>
          </>
        ) : (
          t.untilFurtherNotice
        )}
        .
      </p>
      <p className="alert-list__when">{t.timesIn(timeZone)}</p>
    </section>
  )
}
