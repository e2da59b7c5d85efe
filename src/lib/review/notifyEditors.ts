// Editors hear of a review request in the admin, and by e-mail only when PLAZA_SMTP_URL is set
// (Payload's console adapter would only print it).
import type { Payload } from 'payload'

import { adminDocPath } from './reviewable'

export interface NewRequest {
  id: number | string
  title?: string | null
  message?: string | null
  requesterLabel?: string | null
  doc: { relationTo: string; value: number | string }
}

export function emailConfigured(payload: Payload): boolean {
  const adapter = payload.email as { name?: string } | undefined
  return Boolean(adapter) && adapter!.name !== 'console'
}

/** The e-mail addresses of everyone who may decide a request. */
export async function editorAddresses(payload: Payload): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { role: { in: ['editor', 'admin'] } },
    select: { email: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs.map((user) => user.email).filter((email): email is string => Boolean(email))
}

export function reviewRequestEmail(request: NewRequest, serverURL: string) {
  const title = request.title || `${request.doc.relationTo} ${request.doc.value}`
  const link = `${serverURL}${adminDocPath(request.doc.relationTo, request.doc.value)}`
  const queue = `${serverURL}${adminDocPath('review-requests', request.id)}`
  return {
    subject: `Ready for review: ${title}`,
    text: [
      `${request.requesterLabel ?? 'A contributor'} asks for "${title}" to be published.`,
      '',
      request.message ?? '',
      '',
      `Document: ${link}`,
      `Approve or send back: ${queue}`,
    ].join('\n'),
  }
}

/**
 * One message to all editors (Bcc: they need not learn each other's addresses). Failures are
 * logged, never thrown: a mail server that is down must not stop a contributor's request.
 */
export async function notifyEditors(payload: Payload, request: NewRequest): Promise<boolean> {
  if (!emailConfigured(payload)) return false
  try {
    const to = await editorAddresses(payload)
    if (to.length === 0) return false
    const { subject, text } = reviewRequestEmail(request, payload.config.serverURL ?? '')
    await payload.sendEmail({ bcc: to, subject, text })
    return true
  } catch (error) {
    payload.logger.error({ err: error, msg: 'review request: could not e-mail the editors' })
    return false
  }
}
