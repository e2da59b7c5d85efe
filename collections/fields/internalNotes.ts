import type { Field } from 'payload'

import { staffField } from '../access/staffField'

/** Notes between editors. Readable only by CMS users: never in a page, feed or public API. */
export const internalNotesField: Field = {
  name: 'internalNotes',
  type: 'textarea',
  access: { read: staffField },
  admin: { position: 'sidebar', description: 'Visible only to CMS users; never published.' },
}
