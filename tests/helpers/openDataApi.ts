// A test Payload filled by the caller and the app's API route handlers over HTTP, with the
// open-data rate limit lifted: open-data tests make hundreds of reads from one client, and
// the limit itself is tested on its own (rateLimit.int.spec.ts, openDataApi.int.spec.ts).
import type { Payload } from 'payload'

import { resetRateLimits } from '@/lib/http/rateLimit'

import { plazaApiDispatch, startRouteServer, type RouteServer } from './routeServer'
import { startTestPayload, type TestPayload } from './testPayload'

export const LIFTED_OPEN_DATA_LIMIT = '100000/60'

export interface OpenDataApi {
  ctx: TestPayload
  server: RouteServer
  stop: () => Promise<void>
}

export async function startOpenDataApi(
  fill: (payload: Payload, dir: string) => Promise<void>,
): Promise<OpenDataApi> {
  process.env.PLAZA_RATE_LIMIT_OPEN_DATA = LIFTED_OPEN_DATA_LIMIT
  resetRateLimits()
  const ctx = await startTestPayload()
  await fill(ctx.payload, ctx.dir)
  const server = await startRouteServer(await plazaApiDispatch())
  return {
    ctx,
    server,
    stop: async () => {
      await server.close()
      await ctx.cleanup()
      delete process.env.PLAZA_RATE_LIMIT_OPEN_DATA
      resetRateLimits()
    },
  }
}
