// The e-office jobs: delivery is queued by the webhook so the electronic office never waits for
// push services; pruning runs hourly on any instance.
import type { TaskConfig } from 'payload'

import { deliverNotice } from './delivery'
import { EOFFICE_DELIVERY_TASK, pruneExpiredNotices, PRUNE_NOTICES_TASK } from './notices'

export const eofficeDeliveryTask: TaskConfig<{ input: { notice: number }; output: object }> = {
  slug: EOFFICE_DELIVERY_TASK,
  label: 'Push an e-office notice to the citizen’s devices',
  inputSchema: [{ name: 'notice', type: 'number', required: true }],
  // Failed endpoints are retried inside deliverPush; a job retry covers the database or the
  // process going away midway.
  retries: 2,
  handler: async ({ input, req }) => {
    await deliverNotice(req.payload, input.notice)
    return { output: {} }
  },
}

export const pruneNoticesTask: TaskConfig<{ input: object; output: { deleted: number } }> = {
  slug: PRUNE_NOTICES_TASK,
  label: 'Delete e-office notices past their retention period',
  outputSchema: [{ name: 'deleted', type: 'number', required: true }],
  schedule: [{ cron: '17 * * * *', queue: 'default' }],
  retries: 1,
  handler: async ({ req }) => ({ output: { deleted: await pruneExpiredNotices(req.payload) } }),
}
