import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PageShell } from '@/components/PageShell'
import { RichTextBody } from '@/components/RichTextBody'
import { getPageBySlug } from '@/lib/pages/read'
import { publishedSlugs } from '@/lib/content/payload'
import { paths } from '@/lib/content/paths'

import { localeFrom } from '../../_lib/localeParams'
import { pageMetadata } from '../../_lib/pageMetadata'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const dynamicParams = true

export function generateStaticParams() {
  return publishedSlugs('pages')
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params)
  const { slug } = await params
  const page = await getPageBySlug(slug, locale)
  if (!page) notFound()
  return pageMetadata({
    locale,
    path: paths.page(slug),
    title: page.title,
    description: page.summary,
  })
}

/** Editors' free pages: about, accessibility statement, privacy. */
export default async function CmsPage({ params }: Props) {
  const locale = await localeFrom(params)
  const { slug } = await params
  const page = await getPageBySlug(slug, locale)
  if (!page) notFound()
  return (
    <PageShell
      locale={locale}
      path={paths.page(slug)}
      crumbs={[{ label: page.title, path: paths.page(slug) }]}
    >
      <h1>{page.title}</h1>
      {page.summary && <p className="lead">{page.summary}</p>}
      <RichTextBody data={page.body} locale={locale} />
    </PageShell>
  )
}
