/* Payload's REST API, in the shape Payload generates; login and forgot-password are
   rate-limited per client first (src/lib/http/payloadAuthLimits.ts). */
import config from '@payload-config'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { limitRestAuth } from '@/lib/http/payloadAuthLimits'

export const GET = REST_GET(config)
export const POST = limitRestAuth(REST_POST(config))
export const DELETE = REST_DELETE(config)
export const PATCH = REST_PATCH(config)
export const PUT = REST_PUT(config)
export const OPTIONS = REST_OPTIONS(config)
