import type { GlobalConfig } from 'payload'

import { reindexSearchAfterTransitSwitch } from '../hooks/syncSearch'
import { anyone } from '../access/anyone'
import { nobody } from '../access/nobody'

/**
 * The marker naming the timetable in service. The import switches it in a single write
 * after every part of the new timetable is stored, so readers see the old one or the new
 * one, never half of either.
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
