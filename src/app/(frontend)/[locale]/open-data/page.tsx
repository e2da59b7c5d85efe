import type { Metadata } from 'next'

import { CpsvSection, HsdsEndpoints, LicenceSection } from '@/components/openData/OpenDataSections'
import { PageShell } from '@/components/PageShell'
import { readServerUrl } from '@/lib/config/env'
import { paths } from '@/lib/content/paths'
import { getSiteSettings } from '@/lib/content/read'
import { getMessages } from '@/lib/i18n/messages'
import { openDataLicence } from '@/lib/opendata/licences'

import { localeFrom } from '../../_lib/localeParams'
import { pageMetadata } from '../../_lib/pageMetadata'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params)
  const t = getMessages(locale).openData
  return pageMetadata({
    locale,
    path: paths.openData(),
    title: t.title,
    description: t.description,
  })
}

/** The open-data addresses and the licence the city chose (site settings → Open data). */
export default async function OpenDataPage({ params }: Props) {
  const locale = await localeFrom(params)
  const t = getMessages(locale).openData
  const settings = await getSiteSettings(locale)
  const licence = openDataLicence(settings.openData?.licence)
  const origin = readServerUrl()
  return (
    <PageShell
      locale={locale}
      path={paths.openData()}
      crumbs={[{ label: t.title, path: paths.openData() }]}
    >
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <LicenceSection licence={licence} t={t} />
      <HsdsEndpoints origin={origin} t={t} />
      <p>{t.languageNote}</p>
      <h2>{t.syncTitle}</h2>
      <p>{t.sync}</p>
      <CpsvSection origin={origin} locale={locale} t={t} />
    </PageShell>
  )
}
