import { notFound } from 'next/navigation'

/** Any deeper unknown path under a language gets the localized 404 page. */
export default function MissingPage(): never {
  notFound()
}
