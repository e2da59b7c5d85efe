import { createHash } from 'node:crypto'

import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate'

import { TIMETABLE_VERSION, type Timetable } from './model'

/**
 * Text parts small enough for any adapter's text column and well under MongoDB's 16 MB
 * document limit; a Caltrain-sized feed is one part, a million stop times a handful.
 */
export const CHUNK_CHARS = 1_000_000

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Bytes → base64 text parts, in order. */
export function toChunks(bytes: Uint8Array, size = CHUNK_CHARS): string[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')
  const parts: string[] = []
  for (let i = 0; i < text.length; i += size) parts.push(text.slice(i, i + size))
  return parts.length > 0 ? parts : ['']
}

export function fromChunks(parts: string[]): Uint8Array {
  // Each part but the last has a length divisible by 4, so they decode one by one.
  const buffers = parts.map((p) => Buffer.from(p, 'base64'))
  return new Uint8Array(Buffer.concat(buffers))
}

export function serializeTimetable(timetable: Timetable): Uint8Array {
  return gzipSync(strToU8(JSON.stringify(timetable)), { level: 6 })
}

export function deserializeTimetable(bytes: Uint8Array): Timetable {
  const timetable = JSON.parse(strFromU8(gunzipSync(bytes))) as Timetable
  if (timetable.version !== TIMETABLE_VERSION) {
    throw new Error(
      `Timetable format ${timetable.version} is not ${TIMETABLE_VERSION}: re-import the feed`,
    )
  }
  return timetable
}
