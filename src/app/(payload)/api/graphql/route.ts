/* Payload's GraphQL API, in the shape Payload generates; login and forgot-password
   mutations share the REST rate limits (src/lib/http/payloadAuthLimits.ts), and
   subscription operations (the schema has none) are refused with a 400 instead of the
   500 Payload's handler answers; a dead token (signed out, expired, revoked) answers 401
   (src/lib/http/deadToken.ts); a read refused for its size or rate answers its real 400/429,
   not GraphQL's 200 (src/lib/http/publicReads.ts); a clear 503 while the database is down. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { answerDeadTokens, isGraphqlEntryPoint } from '@/lib/http/deadToken'
import { isSubscriptionRequest } from '@/lib/http/graphqlDepth'
import { limitGraphqlAuth } from '@/lib/http/payloadAuthLimits'
import { answerRefusedGraphqlReads } from '@/lib/http/publicReads'
import { graphqlFailed, unavailableWhenDatabaseDown } from '@/lib/resilience/databaseOutage'

const graphqlPost = answerRefusedGraphqlReads(limitGraphqlAuth(GRAPHQL_POST(config)))

const post = answerDeadTokens(
  () => getPayload({ config }),
  async (request: Request) => {
    if (await isSubscriptionRequest(request.clone())) {
      return Response.json(
        { errors: [{ message: 'Subscriptions are not supported.' }] },
        { status: 400 },
      )
    }
    return graphqlPost(request)
  },
  async (request: Request) => isGraphqlEntryPoint(await request.clone().text().catch(() => '')),
)
export const POST = unavailableWhenDatabaseDown(post, () => getPayload({ config }), {
  failed: graphqlFailed,
})
export const OPTIONS = REST_OPTIONS(config)
