import type { NextRequest } from 'next/server'

import { getPayloadClient } from '@/lib/content/payload'
import { withRateLimit } from '@/lib/http/rateLimit'
import { parseDeparturesQuery } from '@/lib/transit/params'
import { activeTransit } from '@/lib/transit/read'
import { unavailableWhenDatabaseDown } from '@/lib/resilience/databaseOutage'

import { jsonError, jsonOk, NO_TIMETABLE } from '../../../respond'

export const dynamic = 'force-dynamic'

/**
 * GET /api/transit/stops/[stopId]/departures?date=YYYY-MM-DD&after=HH:MM&limit=N: the next
 * departures in time order. `departure` is the GTFS time on `serviceDate` ("24:05:00" is
 * five past midnight the day after), so trips from the previous service day show too.
 * `headsign` is the stop's (stop_headsign) when the feed gives one; at a station, `stopId`
 * and `platformCode` say which platform it leaves from.
 */
export const GET = withRateLimit(
  'transit',
  unavailableWhenDatabaseDown(
    async (request: NextRequest, { params }: { params: Promise<{ stopId: string }> }) => {
      const { stopId } = await params
      const { active } = await activeTransit()
      if (!active) return jsonError(503, NO_TIMETABLE)
      const query = parseDeparturesQuery(request.nextUrl.searchParams, active.index.timezone)
      if (!query.ok) return jsonError(400, query.error)
      const departures = active.index.nextDepartures(
        stopId,
        query.date,
        query.afterSeconds,
        query.limit,
      )
      if (!departures) return jsonError(404, `There is no stop with stop_id "${stopId}".`)
      return jsonOk(
        departures.map(
          ({
            routeId,
            routeName,
            tripId,
            headsign,
            departure,
            serviceDate,
            stopId,
            platformCode,
          }) => ({
            routeId,
            routeName,
            tripId,
            headsign,
            departure,
            serviceDate,
            stopId,
            platformCode,
          }),
        ),
        30,
      )
    },
    getPayloadClient,
  ),
)
