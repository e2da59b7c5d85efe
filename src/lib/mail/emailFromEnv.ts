// E-mail goes out only when the city configures a mail server: PLAZA_SMTP_URL, e.g.
// smtp://user:password@mail.example.org:587 (STARTTLS when offered) or smtps://…:465.
// Unset, Payload keeps its console adapter and nothing leaves the machine.
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

type SmtpOptions = {
  host: string
  port: number
  secure: boolean
  auth?: { user: string; pass: string }
}

/** The nodemailer SMTP options a PLAZA_SMTP_URL stands for; a clear error for anything else. */
export function smtpOptionsFromUrl(raw: string): SmtpOptions {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error('PLAZA_SMTP_URL must be a URL such as smtp://user:password@host:587')
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
    throw new Error('PLAZA_SMTP_URL must start with smtp:// or smtps://')
  const secure = url.protocol === 'smtps:'
  const user = decodeURIComponent(url.username)
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    ...(user ? { auth: { user, pass: decodeURIComponent(url.password) } } : {}),
  }
}

export function emailAdapterFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): Promise<EmailAdapter> | undefined {
  const url = env.PLAZA_SMTP_URL?.trim()
  if (!url) return undefined
  return nodemailerAdapter({
    defaultFromAddress: env.PLAZA_MAIL_FROM?.trim() || 'plaza@localhost',
    defaultFromName: env.PLAZA_MAIL_FROM_NAME?.trim() || 'Plaza',
    transportOptions: smtpOptionsFromUrl(url),
    // A mail server that is down at start-up must not stop the site; sends log their errors.
    skipVerify: true,
  })
}
