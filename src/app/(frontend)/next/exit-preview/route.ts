import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { safePreviewPath } from '@/lib/preview/previewPath'

export async function GET(request: Request): Promise<Response> {
  const draft = await draftMode()
  draft.disable()
  redirect(safePreviewPath(new URL(request.url).searchParams.get('path')) ?? '/')
}
