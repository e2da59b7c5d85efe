import type { Messages } from '@/lib/i18n/messages'

/** Before sign-in: why to connect and the button that starts it, or that it is not enabled. */
export function ConnectEOffice({
  configured,
  locale,
  t,
}: {
  configured: boolean
  locale: string
  t: Messages['myOffice']
}) {
  if (!configured) return <p role="status">{t.notEnabled}</p>
  return (
    <>
      <p className="lead">{t.connectIntro}</p>
      <p>
        <a className="button" href={`/api/eoffice/login?locale=${encodeURIComponent(locale)}`}>
          {t.connectButton}
        </a>
      </p>
      <p>{t.whatWeKeep}</p>
    </>
  )
}
