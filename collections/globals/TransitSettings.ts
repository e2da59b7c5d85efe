import type { GlobalConfig } from 'payload'

import { reindexSearchAfterTransitSwitch } from '../hooks/syncSearch'
import { anyone } from '../access/anyone'
import { nobody } from '../access/nobody'

/**
 * Names the timetable in service, switched in one write after every part is stored, so readers
 * see the old timetable or the new, never half.
 */
export const TransitSettings: GlobalConfig = {
  slug: 'transit-settings',
  label: 'Transit timetable in service',
  admin: { group: 'Transit' },
  access: { read: anyone, update: nobody, readVersions: nobody },
  // Search shows the lines and stops of the timetable in service.
  hooks: { afterChange: [reindexSearchAfterTransitSwitch] },
  fields: [
    {
      name: 'activeFeed',
      type: 'relationship',
      relationTo: 'transit-feeds',
      admin: { readOnly: true },
    },
    { name: 'activatedAt', type: 'date', admin: { readOnly: true } },
  ],
}
