import type { Metadata } from 'next'

import { ContentList } from '@/components/ContentList'
import { PageShell } from '@/components/PageShell'
import { localePath, paths } from '@/lib/content/paths'
import { listServices } from '@/lib/services/read'
import { getMessages } from '@/lib/i18n/messages'
import type { Service } from '@/payload-types'

import { localeFrom } from '../../_lib/localeParams'
import { pageMetadata } from '../../_lib/pageMetadata'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params)
  const t = getMessages(locale).services
  return pageMetadata({
    locale,
    path: paths.services(),
    title: t.title,
    description: t.description,
  })
}

export default async function ServicesPage({ params }: Props) {
  const locale = await localeFrom(params)
  const t = getMessages(locale).services
  const services = await listServices(locale)
  const collator = new Intl.Collator(locale)
  // Categories in the order the messages list them; empty ones are left out.
  const categories = (Object.keys(t.categories) as Service['category'][])
    .map((category) => ({
      category,
      services: services
        .filter((service) => service.category === category)
        .sort((a, b) => collator.compare(a.title, b.title)),
    }))
    .filter((group) => group.services.length > 0)
  return (
    <PageShell
      locale={locale}
      path={paths.services()}
      crumbs={[{ label: t.title, path: paths.services() }]}
    >
      <h1>{t.title}</h1>
      <p className="lead">{t.description}</p>
      <p>
        <a href={localePath(locale, paths.servicesNear())}>{getMessages(locale).near.findNearby}</a>
      </p>
      {categories.length === 0 && <p>{t.empty}</p>}
      {categories.map(({ category, services: group }) => (
        <section key={category} aria-labelledby={`category-${category}`}>
          <h2 id={`category-${category}`}>{t.categories[category]}</h2>
          <ContentList
            items={group.map((service) => ({
              href: localePath(locale, paths.service(service.slug)),
              title: service.title,
              summary: service.summary,
              tag: service.status.state === 'normal' ? undefined : t.status[service.status.state],
            }))}
          />
        </section>
      ))}
    </PageShell>
  )
}
