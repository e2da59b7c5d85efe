import type { Field, FieldHook } from 'payload'

import { slugify } from '@/lib/text/slugify'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Fills an empty slug from the title (in the default locale) so editors rarely type one. */
const slugFromTitle =
  (sourceField: string): FieldHook =>
  ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim()) return value.trim()
    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    return typeof source === 'string' ? slugify(source) : value
  }

/**
 * The URL segment. Not localized: the same slug serves every language, so the language
 * switch keeps the visitor on the same page. Unique per collection.
 */
export function slugField(sourceField = 'title', reserved: string[] = []): Field {
  return {
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description:
        'Part of the address (URL). Lowercase letters, digits and hyphens; filled from the title when left empty.',
    },
    hooks: { beforeValidate: [slugFromTitle(sourceField)] },
    validate: (value: unknown) => {
      if (typeof value !== 'string' || !value) return 'A slug is required.'
      if (value.length > 120) return 'The slug must be at most 120 characters.'
      if (!SLUG_PATTERN.test(value)) {
        return 'The slug may contain only lowercase letters, digits and single hyphens (e.g. "register-certificate").'
      }
      if (reserved.includes(value))
        return `"${value}" is reserved for a section of the site; choose another slug.`
      return true
    },
  }
}
