// Plaza's wrapper around Payload's admin view, under Payload's own name, applied by one changed
// import line in Payload's generated admin page (tests/unit/payloadGeneratedFiles.spec.ts).
import { generatePageMetadata, RootPage as PayloadRootPage } from '@payloadcms/next/views'
import { unstable_rethrow } from 'next/navigation'
import { getPayload } from 'payload'

import { DATABASE_UNAVAILABLE, databaseReachable } from '@/lib/resilience/databaseOutage'

export { generatePageMetadata }

/** While the database is down the admin says so in a plain page, not Next's bare error. */
export async function RootPage(args: Parameters<typeof PayloadRootPage>[0]) {
  try {
    return await PayloadRootPage(args)
  } catch (error) {
    // Redirects (to the login, the dashboard) and 404s are Next's own control flow.
    unstable_rethrow(error)
    if (await databaseReachable(await getPayload({ config: args.config }))) throw error
    return (
      <main style={{ maxWidth: '40rem', margin: '4rem auto', padding: '0 1rem' }}>
        <h1>The admin is unavailable</h1>
        <p role="alert">{DATABASE_UNAVAILABLE}</p>
        <p>The public site keeps serving its published pages meanwhile.</p>
      </main>
    )
  }
}
