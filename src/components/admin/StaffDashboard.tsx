import type { ServerComponentProps } from 'payload'

import { adminMessages, type AdminMessages } from '@/lib/i18n/adminMessages'
import type { DashboardSection } from '@/lib/dashboard/sections'
import { loadStaffDashboard } from '@/lib/dashboard/staffDashboard'

function when(iso: string | null | undefined, locale: string): string | null {
  if (!iso) return null
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return null
  return date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })
}

function Section({
  section,
  text,
  locale,
}: {
  section: DashboardSection
  text: AdminMessages
  locale: string
}) {
  const headingId = `plaza-dashboard-${section.key}`
  const more = section.total - section.items.length
  return (
    // A region per section, named by its heading, so screen-reader users can jump between them.
    <section aria-labelledby={headingId} className="card" style={{ padding: '1rem' }}>
      <h3 id={headingId} style={{ marginTop: 0 }}>
        {text[section.key]} <span data-count>({section.total})</span>
      </h3>
      {section.noData ? (
        <p>{text.noData}</p>
      ) : section.items.length === 0 ? (
        <p>{text.nothing}</p>
      ) : (
        <ul style={{ paddingLeft: '1.1rem', margin: 0 }}>
          {section.items.map((item) => {
            const detail = item.detail
              ? (text[item.detail as keyof AdminMessages] ?? item.detail)
              : null
            const date = when(item.at, locale)
            return (
              <li key={`${item.href}:${item.at ?? ''}`}>
                <a href={item.href}>{item.label}</a>
                {detail ? <span> · {detail}</span> : null}
                {date ? (
                  <span>
                    {' · '}
                    {item.warn ? <strong>{date}</strong> : date}
                  </span>
                ) : null}
              </li>
            )
          })}
          {more > 0 ? (
            <li>
              +{more} {text.more}
            </li>
          ) : null}
        </ul>
      )}
    </section>
  )
}

/**
 * The staff home page (before Payload's collection cards): what needs attention now, read
 * with the person's own access (src/lib/dashboard/staffDashboard.ts).
 */
export async function StaffDashboard({ payload, user, i18n }: ServerComponentProps) {
  if (!user) return null
  const locale = i18n?.language ?? 'en'
  const text = adminMessages(locale)
  const sections = await loadStaffDashboard(payload, user)
  return (
    <section aria-labelledby="plaza-dashboard-heading" style={{ marginBottom: '2rem' }}>
      <h2 id="plaza-dashboard-heading">{text.dashboardHeading}</h2>
      <div
        style={{
          display: 'grid',
          gap: '1rem',
          gridTemplateColumns: 'repeat(auto-fill, minmax(18rem, 1fr))',
        }}
      >
        {sections.map((section) => (
          <Section key={section.key} section={section} text={text} locale={locale} />
        ))}
      </div>
    </section>
  )
}
