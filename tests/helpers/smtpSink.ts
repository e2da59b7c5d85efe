// A local SMTP server for tests: accepts every message on 127.0.0.1 and keeps it in memory,
// so e-mail is tested through a real SMTP conversation and nothing leaves the machine.
import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

export interface SinkMessage {
  from: string | null
  to: string[]
  raw: string
}

export interface SmtpSink {
  url: string
  messages: SinkMessage[]
  /** Resolves with the first message matching, waiting as long as `timeoutMs`. */
  waitFor: (match: (message: SinkMessage) => boolean, timeoutMs?: number) => Promise<SinkMessage>
  close: () => Promise<void>
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: SinkMessage[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const from = session.envelope.mailFrom
        messages.push({
          from: from ? from.address : null,
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor: async (match, timeoutMs = 10_000) => {
      const until = Date.now() + timeoutMs
      for (;;) {
        const found = messages.find(match)
        if (found) return found
        if (Date.now() > until) throw new Error('no such e-mail reached the SMTP sink')
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
