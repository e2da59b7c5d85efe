import type { Field } from 'payload'

import { staffField } from '../access/staffField'
import { feedUrlProblem } from '@/lib/transit/realtime/fetchFeed'
import { forgetRealtimeState } from '@/lib/transit/realtime/store'
import {
  DEFAULT_REALTIME_MAX_AGE_SECONDS,
  DEFAULT_REALTIME_POLL_SECONDS,
} from '@/lib/transit/realtime/types'

const feedUrl = (value: unknown) => {
  if (value === null || value === undefined || value === '') return true
  const problem = typeof value === 'string' ? feedUrlProblem(value) : 'is not a URL'
  return problem ? `The URL ${problem}.` : true
}

/**
 * Site settings → Transit: the operator's GTFS-Realtime feeds. Only staff read them: URLs
 * and headers often carry the operator's API key (docs/SECURITY.md, "Outbound requests").
 */
export const transitRealtimeField: Field = {
  name: 'transitRealtime',
  label: 'Transit: live departures (GTFS-Realtime)',
  type: 'group',
  access: { read: staffField },
  // This process's pages see a change at once (other instances within a few seconds).
  hooks: {
    afterChange: [
      ({ value }) => {
        forgetRealtimeState()
        return value
      },
    ],
  },
  admin: {
    description:
      "The operator's GTFS-Realtime feeds, fetched by the server every few seconds. Empty: stop pages show the timetable only. Status: Transit → Live departures status.",
  },
  fields: [
    { name: 'tripUpdatesUrl', label: 'TripUpdates URL', type: 'text', validate: feedUrl },
    { name: 'serviceAlertsUrl', label: 'ServiceAlerts URL', type: 'text', validate: feedUrl },
    {
      name: 'vehiclePositionsUrl',
      label: 'VehiclePositions URL (optional)',
      type: 'text',
      validate: feedUrl,
    },
    {
      name: 'headers',
      label: 'Request headers (e.g. an API key)',
      type: 'array',
      maxRows: 5,
      access: { read: staffField },
      fields: [
        {
          name: 'name',
          type: 'text',
          required: true,
          validate: (value: unknown) =>
            typeof value === 'string' &&
            /^[!#$%&'*+.^_`|~0-9a-z-]{1,100}$/i.test(value) &&
            !['host', 'content-length', 'connection', 'transfer-encoding'].includes(
              value.toLowerCase(),
            )
              ? true
              : 'Enter a header name such as x-api-key or Authorization.',
        },
        {
          name: 'value',
          type: 'text',
          required: true,
          access: { read: staffField },
          validate: (value: unknown) =>
            typeof value === 'string' && value.length <= 2000 && !/[\r\n]/.test(value)
              ? true
              : 'Enter the value on one line (at most 2000 characters).',
        },
      ],
    },
    {
      name: 'pollSeconds',
      label: 'Fetch every (seconds)',
      type: 'number',
      min: 10,
      max: 3600,
      defaultValue: DEFAULT_REALTIME_POLL_SECONDS,
    },
    {
      name: 'maxAgeSeconds',
      label: 'Ignore predictions older than (seconds)',
      type: 'number',
      min: 30,
      max: 3600,
      defaultValue: DEFAULT_REALTIME_MAX_AGE_SECONDS,
      admin: { description: 'Older data is not shown; pages then say the times are scheduled.' },
    },
  ],
}
