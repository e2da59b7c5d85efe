import config from '@payload-config'
import { getPayload } from 'payload'

import { startRealtimePolling } from '@/lib/transit/realtime/poll'

/**
 * Payload starts its jobs cron only for `getPayload({ cron: true })`; without this call at boot,
 * scheduled publishing would wait for the first request after a restart.
 */
export async function startJobsQueue(): Promise<void> {
  await getPayload({ config, cron: true })
  startRealtimePolling(() => getPayload({ config }))
}
