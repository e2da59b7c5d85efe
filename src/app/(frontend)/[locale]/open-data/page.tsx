import type { Metadata } from 'next'

import { PageShell } from '@/components/PageShell'
import { readServerUrl } from '@/lib/config/env'
import { localePath, paths } from '@/lib/content/paths'
import { getSiteSettings } from '@/lib/content/read'
import { getMessages } from '@/lib/i18n/messages'
import { CPSV_CATALOGUE_PATH } from '@/lib/opendata/cpsvApi'
import { HSDS_PREFIX } from '@/lib/opendata/hsdsApi'
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
  const endpoints: Array<{ path: string; text: string; example?: string }> = [
    { path: '/services', text: t.endpoints.services, example: '/services?page=1&per_page=50' },
    { path: '/services/{id}', text: t.endpoints.service },
    { path: '/organizations', text: t.endpoints.organizations },
    { path: '/service_at_locations', text: t.endpoints.serviceAtLocations },
    { path: '/taxonomy_terms', text: t.endpoints.taxonomyTerms },
    { path: '/', text: t.endpoints.metadata },
  ]
  return (
    <PageShell
      locale={locale}
      path={paths.openData()}
      crumbs={[{ label: t.title, path: paths.openData() }]}
    >
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <h2>{t.licenceTitle}</h2>
      <p>
        {licence ? (
          <>
            {t.licencePrefix}
            <a href={licence.url} rel="license">
              {licence.name}
            </a>
            .
          </>
        ) : (
          t.noLicence
        )}
      </p>
      <h2>{t.endpointsTitle}</h2>
      <dl className="open-data__endpoints">
        {endpoints.map(({ path, text, example }) => {
          const address = `${HSDS_PREFIX}${path === '/' ? '/' : path}`
          return (
            <div key={path}>
              <dt>
                {path.includes('{') ? (
                  <code>{`${origin}${address}`}</code>
                ) : (
                  <a href={example ? `${HSDS_PREFIX}${example}` : address}>
                    <code>{`${origin}${address}`}</code>
                  </a>
                )}
              </dt>
              <dd>{text}</dd>
            </div>
          )
        })}
      </dl>
      <p>{t.languageNote}</p>
      <h2>{t.syncTitle}</h2>
      <p>{t.sync}</p>
      <h2 id="cpsv">{t.cpsvTitle}</h2>
      <p>{t.cpsvIntro}</p>
      <dl className="open-data__endpoints">
        <div>
          <dt>
            <a href={`${CPSV_CATALOGUE_PATH}?locale=${locale}`}>
              <code>{`${origin}${CPSV_CATALOGUE_PATH}?locale=${locale}`}</code>
            </a>
          </dt>
          <dd>{t.cpsvCatalogue}</dd>
        </div>
        <div>
          <dt>
            <code>{`${origin}${localePath(locale, paths.procedure('{slug}'))}.jsonld`}</code>
          </dt>
          <dd>{t.cpsvProcedure}</dd>
        </div>
      </dl>
    </PageShell>
  )
}
