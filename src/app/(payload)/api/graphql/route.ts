/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* DO NOT MODIFY IT BECAUSE IT COULD BE REWRITTEN AT ANY TIME. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@/lib/http/payloadRoutes'

export const POST = GRAPHQL_POST(config)

export const OPTIONS = REST_OPTIONS(config)
