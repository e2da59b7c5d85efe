import type { Field, GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { editors } from '../access/editors'
import { revalidateSite } from '../hooks/revalidateSite'

const linkFields: Field[] = [
  { name: 'label', type: 'text', required: true, localized: true },
  {
    name: 'href',
    type: 'text',
    required: true,
    admin: {
      description:
        'A path inside the site without the language, e.g. /procedures, or a full https URL.',
    },
    validate: (value: unknown) =>
      typeof value === 'string' && (/^\/(?!\/)/.test(value) || /^https:\/\//.test(value))
        ? true
        : 'Use a path starting with / or a full https:// URL.',
  },
]

/** Header and footer links, edited by editors. */
export const Navigation: GlobalConfig = {
  slug: 'navigation',
  access: { read: anyone, update: editors, readVersions: editors },
  fields: [
    { name: 'header', type: 'array', maxRows: 8, fields: linkFields },
    { name: 'footer', type: 'array', maxRows: 16, fields: linkFields },
  ],
  hooks: { afterChange: [revalidateSite] },
}
