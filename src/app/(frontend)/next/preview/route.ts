import config from '@payload-config'
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { roleOf } from '@/lib/auth/roles'
import { safePreviewPath } from '@/lib/preview/previewPath'

/**
 * Turns on draft mode for a signed-in CMS user and sends them to the page. The session
 * cookie is the only credential: a URL secret alone never shows drafts (docs/SECURITY.md 4).
 */
export async function GET(request: Request): Promise<Response> {
  const path = safePreviewPath(new URL(request.url).searchParams.get('path'))
  if (!path) {
    return new Response('Preview needs a path of this site, such as /en/services/main-library.', {
      status: 400,
    })
  }
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!roleOf(user)) {
    payload.logger.warn(`preview refused for ${path}: no editor session`)
    return new Response('Preview is only for signed-in editors: log in at /admin first.', {
      status: 403,
    })
  }
  const draft = await draftMode()
  draft.enable()
  redirect(path)
}
