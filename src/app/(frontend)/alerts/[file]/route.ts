// /alerts/<id>.cap.xml: the CAP 1.2 document of an alert's latest message. Next.js segments
// cannot mix a parameter with a suffix, so the file name is parsed here.
import { capDocument } from '@/lib/alerts/feedResponses'

export const dynamic = 'force-static'

const CAP_FILE = /^(\d{1,12})\.cap\.xml$/

export async function GET(_: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = CAP_FILE.exec((await params).file)
  const xml = match ? await capDocument(Number(match[1])) : null
  if (!xml) {
    return new Response('No such CAP message.', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}
