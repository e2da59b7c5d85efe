import config from '@payload-config'
import { getPayload } from 'payload'

import { startRealtimePolling } from '@/lib/transit/realtime/poll'

/**
 * Payload starts its jobs cron only for a `getPayload({ cron: true })` call; without this
 * the queue (scheduled publish/unpublish) would wait for the first admin or API request
 * after a restart. Called once when the site process boots. The instance that runs jobs
 * also polls the transit operator's realtime feeds.
 */
export async function startJobsQueue(): Promise<void> {
  await getPayload({ config, cron: true })
  startRealtimePolling(() => getPayload({ config }))
}
