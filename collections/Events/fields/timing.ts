import type { Field } from 'payload'

import { isTimeZone } from '@/lib/time/zone'

/**
 * When the event takes place: instants in the database, meant as wall-clock times of
 * `timezone` (the city's when empty), and the original start of a rescheduled event.
 */
export const eventTimingFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'startsAt',
        type: 'date',
        required: true,
        index: true,
        admin: { date: { pickerAppearance: 'dayAndTime' }, width: '50%' },
      },
      {
        name: 'endsAt',
        type: 'date',
        admin: { date: { pickerAppearance: 'dayAndTime' }, width: '50%' },
        validate: (value: unknown, { siblingData }: { siblingData: { startsAt?: string } }) => {
          if (!value || !siblingData?.startsAt) return true
          return new Date(String(value)) >= new Date(siblingData.startsAt)
            ? true
            : 'The end must be after the start.'
        },
      },
    ],
  },
  { name: 'allDay', type: 'checkbox', defaultValue: false },
  {
    name: 'timezone',
    type: 'text',
    validate: (value: unknown) =>
      !value || isTimeZone(value)
        ? true
        : `"${String(value)}" is not a known time zone. Use an IANA name such as Europe/Madrid.`,
    admin: {
      description:
        'IANA time zone of the times above, e.g. Europe/Madrid. Empty: the city’s time zone.',
    },
  },
  {
    name: 'previousStartsAt',
    label: 'Originally planned start',
    type: 'date',
    admin: {
      date: { pickerAppearance: 'dayAndTime' },
      condition: (_data, sibling) => sibling?.eventStatus === 'EventRescheduled',
      description: 'Shown as “moved from” on rescheduled events.',
    },
  },
]
