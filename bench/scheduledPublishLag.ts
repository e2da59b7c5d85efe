// Scheduled publish without an editor: queues a publish for a draft service a few seconds
// ahead (as the admin's "Schedule publish" does), then measures when the running site
// (its jobs queue autoruns every minute) shows the page to anonymous visitors.
// Usage, with the same DATABASE_URI/PAYLOAD_SECRET as the running site:
//   BASE_URL=http://127.0.0.1:3000 tsx bench/scheduledPublishLag.ts
import '@payloadcms/richtext-lexical/lexical' // see scripts/lib/runCli.ts
import { getPayload } from 'payload'

const base = process.env.BASE_URL || 'http://127.0.0.1:3000'

const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
const slug = `scheduled-${Date.now()}`
const draft = await payload.create({
  collection: 'services',
  draft: true,
  context: { disableRevalidate: true },
  data: {
    title: 'Scheduled service',
    slug,
    summary: 'Published by the jobs queue.',
    category: 'office',
    _status: 'draft',
    locations: [
      { name: 'Office', address: { street: 'Plaza Mayor 1' }, point: [-0.3763, 39.4699] },
    ],
  },
})
const at = new Date(Date.now() + 5_000)
await payload.jobs.queue({
  task: 'schedulePublish',
  input: { type: 'publish', doc: { relationTo: 'services', value: draft.id } },
  waitUntil: at,
} as never)
console.log(`queued publish of /en/services/${slug} at ${at.toISOString()}`)
await payload.destroy()

const started = Date.now()
for (;;) {
  const status = (await fetch(`${base}/en/services/${slug}`)).status
  if (status === 200) break
  if (Date.now() - started > 150_000) {
    console.error('not published after 150 s')
    process.exit(1)
  }
  await new Promise((resolve) => setTimeout(resolve, 500))
}
console.log(`public ${((Date.now() - at.getTime()) / 1000).toFixed(1)} s after the scheduled time`)
process.exit(0)
