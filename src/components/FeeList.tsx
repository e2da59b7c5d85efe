import type { Messages } from '@/lib/i18n/messages'
import type { Procedure } from '@/payload-types'

/** Fees as a definition list (concept → amount), or "Free" when there are none. */
export function FeeList({
  fees,
  locale,
  messages,
}: {
  fees: Procedure['fees']
  locale: string
  messages: Messages['procedures']
}) {
  const list = fees ?? []
  if (list.length === 0) return <p>{messages.free}</p>
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' })
  return (
    <dl className="facts facts--fees">
      {list.map((fee, index) => (
        <div key={fee.id ?? index}>
          <dt>{fee.label}</dt>
          <dd>
            {fee.amount === 0 ? messages.free : money.format(fee.amount)}
            {fee.note && <span className="facts__note">{fee.note}</span>}
          </dd>
        </div>
      ))}
    </dl>
  )
}
