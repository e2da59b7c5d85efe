import type { Metadata } from 'next'
import { locale as rootLocale } from 'next/root-params'

import { PageShell } from '@/components/PageShell'
import { localePath, paths } from '@/lib/content/paths'
import { defaultLocale, isLocale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'

async function currentLocale(): Promise<string> {
  const value = await rootLocale()
  return isLocale(value) ? value : defaultLocale
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: getMessages(await currentLocale()).notFound.title }
}

/** The localized 404: where to go instead (there is no search yet). */
export default async function NotFound() {
  const locale = await currentLocale()
  const t = getMessages(locale)
  const href = (path: string) => localePath(locale, path)
  return (
    <PageShell locale={locale} path={paths.home()}>
      <h1>{t.notFound.title}</h1>
      <p>{t.notFound.body}</p>
      <p>{t.notFound.suggestions}</p>
      <ul>
        <li>
          <a href={href(paths.home())}>{t.shell.home}</a>
        </li>
        <li>
          <a href={href(paths.procedures())}>{t.home.allProcedures}</a>
        </li>
        <li>
          <a href={href(paths.services())}>{t.home.allServices}</a>
        </li>
      </ul>
    </PageShell>
  )
}
