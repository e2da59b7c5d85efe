import { localePath, paths } from '@/lib/content/paths'
import type { Messages } from '@/lib/i18n/messages'
import { CPSV_CATALOGUE_PATH } from '@/lib/opendata/cpsvApi'
import { HSDS_PREFIX } from '@/lib/opendata/hsdsApi'

/** The licence the city chose for its data, linked, or that none is set. */
export function LicenceSection({
  licence,
  t,
}: {
  licence: { name: string; url: string } | null
  t: Messages['openData']
}) {
  return (
    <>
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
    </>
  )
}

/** The HSDS API's addresses, each linked (with an example query) unless it is a template. */
export function HsdsEndpoints({ origin, t }: { origin: string; t: Messages['openData'] }) {
  const endpoints: Array<{ path: string; text: string; example?: string }> = [
    { path: '/services', text: t.endpoints.services, example: '/services?page=1&per_page=50' },
    { path: '/services/{id}', text: t.endpoints.service },
    { path: '/organizations', text: t.endpoints.organizations },
    { path: '/service_at_locations', text: t.endpoints.serviceAtLocations },
    { path: '/taxonomy_terms', text: t.endpoints.taxonomyTerms },
    { path: '/', text: t.endpoints.metadata },
  ]
  return (
    <>
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
    </>
  )
}

/** The public-service descriptions (CPSV-AP): the catalogue and each procedure's JSON-LD. */
export function CpsvSection({
  origin,
  locale,
  t,
}: {
  origin: string
  locale: string
  t: Messages['openData']
}) {
  return (
    <>
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
    </>
  )
}
