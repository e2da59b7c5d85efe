// E-mail leaves the machine only with PLAZA_SMTP_URL. Our own small nodemailer adapter:
// @payloadcms/email-nodemailer's release does not match this Payload version.
import nodemailer from 'nodemailer'
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
  env: Record<string, string | undefined> = process.env,
): EmailAdapter | undefined {
  const url = env.PLAZA_SMTP_URL?.trim()
  if (!url) return undefined
  const defaultFromAddress = env.PLAZA_MAIL_FROM?.trim() || 'plaza@localhost'
  const defaultFromName = env.PLAZA_MAIL_FROM_NAME?.trim() || 'Plaza'
  // Not verified at start-up: a mail server that is down must not stop the site; each send
  // reports its own error to its caller.
  const transport = nodemailer.createTransport(smtpOptionsFromUrl(url))
  return () => ({
    name: 'smtp',
    defaultFromAddress,
    defaultFromName,
    sendEmail: (message) =>
      transport.sendMail({
        ...message,
        from: message.from ?? { name: defaultFromName, address: defaultFromAddress },
      }),
  })
}
