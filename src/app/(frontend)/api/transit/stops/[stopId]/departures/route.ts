import type { NextRequest } from 'next/server'

import { getPayloadClient } from '@/lib/content/payload'
import { withRateLimit } from '@/lib/http/rateLimit'
import { parseDeparturesQuery } from '@/lib/transit/params'
import { activeTransit } from '@/lib/transit/read'
import { stopBoard } from '@/lib/transit/realtime/live'
import { unavailableWhenDatabaseDown } from '@/lib/resilience/databaseOutage'
import { asScheduled } from '@/lib/transit/realtime/apply'

import { jsonError, jsonOk, NO_TIMETABLE } from '../../../respond'

export const dynamic = 'force-dynamic'

/**
 * The next departures from a stop, live without `date`/`after`. `departure` is a GTFS time on
 * `serviceDate` ("24:05:00" is past midnight), so yesterday's late trips show too.
 */
export const GET = withRateLimit(
  'transit',
  unavailableWhenDatabaseDown(
    async (request: NextRequest, { params }: { params: Promise<{ stopId: string }> }) => {
      const { stopId } = await params
      const { payload, active } = await activeTransit()
      if (!active) return jsonError(503, NO_TIMETABLE)
      const search = new URL(request.url).searchParams
      const query = parseDeparturesQuery(search, active.index.timezone)
      if (!query.ok) return jsonError(400, query.error)
      const live = !search.has('date') && !search.has('after')
      const board = live ? await stopBoard(payload, active.index, stopId, query.limit) : null
      const departures = live
        ? board?.departures
        : active.index
            .nextDepartures(stopId, query.date, query.afterSeconds, query.limit)
            ?.map(asScheduled)
      if (!departures) return jsonError(404, `There is no stop with stop_id "${stopId}".`)
      return jsonOk(
        departures.map((d) => ({
          routeId: d.routeId,
          routeName: d.routeName,
          tripId: d.tripId,
          headsign: d.headsign,
          departure: d.departure,
          serviceDate: d.serviceDate,
          stopId: d.stopId,
          platformCode: d.platformCode,
          status: d.status,
          predicted:
            d.status === 'realtime' && !d.cancelled && !d.skipped
              ? new Date(d.predictedAt).toISOString()
              : null,
          delaySeconds: d.delaySeconds,
          cancelled: d.cancelled,
          skipped: d.skipped,
        })),
        30,
      )
    },
    getPayloadClient,
  ),
)
