import type { Messages } from '@/lib/i18n/messages'
import type { Department } from '@/payload-types'

import { telHref } from './telHref'

/** The department responsible for a service or procedure, with its contact data. */
export function DepartmentContact({
  department,
  heading,
  messages,
}: {
  department: Department | number | null | undefined
  heading: string
  messages: Messages
}) {
  // An unpublished department comes back as a bare id: nothing to show.
  if (!department || typeof department !== 'object') return null
  const t = messages.shell
  return (
    <section aria-labelledby="department">
      <h2 id="department">{heading}</h2>
      <p>{department.title}</p>
      <dl className="facts">
        {department.address && (
          <div>
            <dt>{t.address}</dt>
            <dd>{department.address}</dd>
          </div>
        )}
        {department.phone && (
          <div>
            <dt>{t.phone}</dt>
            <dd>
              <a href={telHref(department.phone)}>{department.phone}</a>
            </dd>
          </div>
        )}
        {department.email && (
          <div>
            <dt>{t.email}</dt>
            <dd>
              <a href={`mailto:${department.email}`}>{department.email}</a>
            </dd>
          </div>
        )}
      </dl>
    </section>
  )
}
