import type { Field } from 'payload'

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const

/**
 * How the event repeats, edited as fields (never raw RRULE text); the rule is compiled into
 * `rrule` on save (hooks/compileRecurrence.ts).
 */
export const recurrenceField: Field = {
  name: 'recurrence',
  type: 'group',
  admin: {
    description: 'Repeat this event. Each occurrence keeps the start time and duration.',
  },
  fields: [
    {
      name: 'frequency',
      type: 'select',
      required: true,
      defaultValue: 'none',
      options: [
        { label: 'Does not repeat', value: 'none' },
        { label: 'Daily', value: 'daily' },
        { label: 'Weekly', value: 'weekly' },
        { label: 'Monthly', value: 'monthly' },
        { label: 'Yearly', value: 'yearly' },
      ],
    },
    {
      name: 'interval',
      label: 'Every (1 = every day/week/month/year, 2 = every other…)',
      type: 'number',
      defaultValue: 1,
      min: 1,
      max: 99,
      admin: { condition: (_d, s) => Boolean(s?.frequency && s.frequency !== 'none') },
    },
    {
      name: 'weekdays',
      label: 'On',
      type: 'select',
      hasMany: true,
      options: WEEKDAYS.map((value) => ({ label: value, value })),
      admin: { condition: (_d, s) => s?.frequency === 'weekly' },
    },
    {
      name: 'monthlyBy',
      label: 'Monthly on',
      type: 'select',
      defaultValue: 'dayOfMonth',
      options: [
        { label: 'The same day of the month (e.g. the 14th)', value: 'dayOfMonth' },
        { label: 'The same weekday (e.g. the first Sunday)', value: 'weekdayOfMonth' },
      ],
      admin: { condition: (_d, s) => s?.frequency === 'monthly' },
    },
    {
      name: 'ends',
      type: 'select',
      defaultValue: 'never',
      options: [
        { label: 'Never', value: 'never' },
        { label: 'On a date', value: 'until' },
        { label: 'After a number of times', value: 'count' },
      ],
      admin: { condition: (_d, s) => Boolean(s?.frequency && s.frequency !== 'none') },
    },
    {
      name: 'until',
      type: 'date',
      admin: {
        date: { pickerAppearance: 'dayOnly' },
        condition: (_d, s) => s?.frequency !== 'none' && (s?.ends === 'until' || Boolean(s?.until)),
      },
    },
    {
      name: 'count',
      type: 'number',
      min: 1,
      max: 1000,
      admin: {
        condition: (_d, s) => s?.frequency !== 'none' && (s?.ends === 'count' || s?.count != null),
      },
    },
    {
      name: 'exceptions',
      label: 'Skipped dates',
      type: 'array',
      admin: { condition: (_d, s) => Boolean(s?.frequency && s.frequency !== 'none') },
      fields: [
        {
          name: 'date',
          type: 'date',
          required: true,
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
      ],
    },
    {
      name: 'rrule',
      label: 'RFC 5545 rule (computed)',
      type: 'text',
      admin: { readOnly: true, description: 'Filled on save from the fields above.' },
    },
  ],
}
