// GTFS-Realtime for tests and the bench: a small static feed whose trips run all day (so
// "now" always has departures), and a local HTTP server on 127.0.0.1 that serves whatever
// protobuf (or hostile answer) the test sets for each path.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { strToU8, zipSync } from 'fflate'

import { encodeFeed, type RtFeedMessage } from '../../src/lib/transit/realtime/schema'

export const RT_STOPS = ['S1', 'S2', 'S3', 'S4', 'S5']

/**
 * Line R1 calls at S1…S5, ten minutes apart, a trip every `headwayMinutes` from 00:00 to
 * 26:00 every day of 2020–2035 (stop_sequence 10, 20, … as real feeds often write it).
 */
export function realtimeGtfsZip(headwayMinutes = 15): Uint8Array {
  const hhmm = (s: number) =>
    `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:00`
  const trips = ['route_id,service_id,trip_id,trip_headsign,direction_id']
  const times = ['trip_id,arrival_time,departure_time,stop_id,stop_sequence']
  for (let start = 0; start <= 26 * 3600; start += headwayMinutes * 60) {
    const id = `T${start / 60}`
    trips.push(`R1,ALL,${id},Harbour,0`)
    RT_STOPS.forEach((stop, k) => {
      const t = hhmm(start + k * 600)
      times.push(`${id},${t},${t},${stop},${(k + 1) * 10}`)
    })
  }
  const files: Record<string, string> = {
    'agency.txt':
      'agency_id,agency_name,agency_url,agency_timezone\nRT,Realtime Buses,https://rt.example,Europe/Madrid\n',
    'routes.txt':
      'route_id,agency_id,route_short_name,route_long_name,route_type\nR1,RT,1,Harbour line,3\n',
    'calendar.txt':
      'service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nALL,1,1,1,1,1,1,1,20200101,20351231\n',
    'stops.txt':
      'stop_id,stop_name,stop_lat,stop_lon\n' +
      RT_STOPS.map((s, k) => `${s},Stop ${s},39.4${k},-0.37`).join('\n') +
      '\n',
    'trips.txt': trips.join('\n') + '\n',
    'stop_times.txt': times.join('\n') + '\n',
  }
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])))
}

export const feedMessage = (
  entity: NonNullable<RtFeedMessage['entity']>,
  timestamp = Math.floor(Date.now() / 1000),
): RtFeedMessage => ({ header: { gtfsRealtimeVersion: '2.0', timestamp }, entity })

/** What a path answers: protobuf bytes, or a hostile behaviour. */
export type RtAnswer =
  | { feed: RtFeedMessage }
  | { bytes: Uint8Array; type?: string }
  | { hang: true }
  /** Streams this many bytes of zeros, chunked, without a Content-Length. */
  | { flood: number }

export interface RealtimeServer {
  origin: string
  set: (path: string, answer: RtAnswer) => void
  /** Request headers seen per path (the last request). */
  seen: Map<string, http.IncomingHttpHeaders>
  close: () => Promise<void>
}

export async function startRealtimeServer(): Promise<RealtimeServer> {
  const answers = new Map<string, RtAnswer>()
  const seen = new Map<string, http.IncomingHttpHeaders>()
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/'
    seen.set(path, req.headers)
    const answer = answers.get(path)
    if (!answer) return res.writeHead(404).end()
    if ('hang' in answer) return
    if ('flood' in answer) {
      res.writeHead(200, { 'content-type': 'application/x-protobuf' })
      const chunk = Buffer.alloc(64 * 1024)
      let left = answer.flood
      const pump = () => {
        while (left > 0) {
          left -= chunk.length
          if (!res.write(chunk)) return void res.once('drain', pump)
        }
        res.end()
      }
      res.on('error', () => undefined)
      return pump()
    }
    const bytes = 'feed' in answer ? encodeFeed(answer.feed) : answer.bytes
    const type =
      'feed' in answer ? 'application/x-protobuf' : (answer.type ?? 'application/x-protobuf')
    res.writeHead(200, { 'content-type': type, 'content-length': bytes.byteLength })
    res.end(Buffer.from(bytes))
  })
  const sockets = new Set<import('node:net').Socket>()
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    set: (path, answer) => answers.set(path, answer),
    seen,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
