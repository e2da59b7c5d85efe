import type { Field } from 'payload'

import { noticeDatesProblem, noticeDay, storedDay } from '@/lib/services/noticeDates'

const NOTICE_DAY_DESCRIPTIONS = {
  from: 'First day the notice applies (in the city’s time zone). Before it the service shows as normal. Empty: from now.',
  until:
    'Last day the notice applies. From the next day the service shows as normal again, on its own. Empty: until changed.',
} as const

/**
 * A notice's first or last day. Dates belong to a limited or closed service only: they are
 * hidden and cleared when the state is normal, so old dates never come back with a new notice.
 */
export function noticeDayField(name: 'from' | 'until'): Field {
  return {
    name,
    label: name === 'from' ? 'From (first day)' : 'Until (last day)',
    type: 'date',
    admin: {
      date: { pickerAppearance: 'dayOnly' },
      description: NOTICE_DAY_DESCRIPTIONS[name],
      condition: (_data, siblingData) => siblingData?.state !== 'normal',
    },
    hooks: {
      beforeChange: [
        ({ value, siblingData }) => {
          if (siblingData?.state === 'normal') return null
          // A day at 12:00 UTC, as the admin's picker saves it; anything else is left for
          // the validation below to refuse.
          if (value === undefined) return undefined
          return storedDay(value) ?? (value === '' ? null : value)
        },
      ],
    },
    validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
      if (value !== null && value !== undefined && value !== '' && noticeDay(value) === null)
        return 'Enter a date such as 2026-12-11.'
      if (name !== 'until') return true
      return noticeDatesProblem(siblingData?.from, value) ?? true
    },
  }
}
