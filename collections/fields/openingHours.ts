import type { Field } from 'payload'

import { checkOpeningHours } from '@/lib/hours/validateOpeningHours'

export const openingHoursField: Field = {
  name: 'openingHours',
  type: 'text',
  admin: {
    description:
      'OpenStreetMap opening_hours syntax, e.g. "Mo-Fr 09:00-14:00; Th 16:00-19:00; PH off". Leave empty if not applicable.',
  },
  validate: (value: unknown) => {
    if (value === null || value === undefined || value === '') return true
    if (typeof value !== 'string') return 'Opening hours must be text.'
    const check = checkOpeningHours(value)
    return check.ok ? true : check.error
  },
}
