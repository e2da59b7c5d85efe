/* Payload's admin views, in the shape Payload generates, with one addition: while the
   database is down the admin says so in a plain page instead of Next's bare error
   (SECURITY.md line 16; src/lib/resilience/databaseOutage.ts). */
import type { Metadata } from 'next'

import config from '@payload-config'
import { RootPage, generatePageMetadata } from '@payloadcms/next/views'
import { unstable_rethrow } from 'next/navigation'
import { getPayload } from 'payload'

import { DATABASE_UNAVAILABLE, databaseReachable } from '@/lib/resilience/databaseOutage'

import { importMap } from '../importMap'

type Args = {
  params: Promise<{
    segments: string[]
  }>
  searchParams: Promise<{
    [key: string]: string | string[]
  }>
}

export const generateMetadata = ({ params, searchParams }: Args): Promise<Metadata> =>
  generatePageMetadata({ config, params, searchParams })

const Page = async ({ params, searchParams }: Args) => {
  try {
    return await RootPage({ config, params, searchParams, importMap })
  } catch (error) {
    // Redirects (to the login, the dashboard) and 404s are Next's own control flow.
    unstable_rethrow(error)
    if (await databaseReachable(await getPayload({ config }))) throw error
    return (
      <main style={{ maxWidth: '40rem', margin: '4rem auto', padding: '0 1rem' }}>
        <h1>The admin is unavailable</h1>
        <p role="alert">{DATABASE_UNAVAILABLE}</p>
        <p>The public site keeps serving its published pages meanwhile.</p>
      </main>
    )
  }
}

export default Page
