/* Payload's GraphQL API, in the shape Payload generates; login and forgot-password
   mutations share the REST rate limits (src/lib/http/payloadAuthLimits.ts). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { limitGraphqlAuth } from '@/lib/http/payloadAuthLimits'

export const POST = limitGraphqlAuth(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
