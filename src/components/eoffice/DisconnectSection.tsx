import type { Messages } from '@/lib/i18n/messages'

/** Ending the link with the e-office (and its notices here), or only this session. */
export function DisconnectSection({ locale, t }: { locale: string; t: Messages['myOffice'] }) {
  return (
    <section aria-labelledby="myoffice-disconnect">
      <h2 id="myoffice-disconnect">{t.disconnectTitle}</h2>
      <p>{t.disconnectHelp}</p>
      <form method="post" action="/api/eoffice/disconnect">
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="button button--danger">
          {t.disconnect}
        </button>
      </form>
      <form method="post" action="/api/eoffice/logout" className="myoffice-signout">
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="button button--secondary">
          {t.signOut}
        </button>
      </form>
    </section>
  )
}
