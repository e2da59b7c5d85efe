import { unzipSync } from 'fflate'

/**
 * Limits checked on the sizes the zip declares, before inflating, so a zip bomb is refused.
 * A real feed with a million stop times is about 80 MB of text.
 */
export const GTFS_MAX_FILE_BYTES = 512 * 1024 * 1024
export const GTFS_MAX_TOTAL_BYTES = 768 * 1024 * 1024

/** A zip the import must not open: a safety limit, not a damaged archive. */
export class GtfsLimitError extends Error {}

/** Reads a zip's .txt files by base name (some publishers zip a folder). */
export function readGtfsZip(bytes: Uint8Array): Map<string, Uint8Array> {
  let total = 0
  let names = 0
  const seen = new Set<string>()
  const entries = unzipSync(bytes, {
    filter: (file) => {
      names++
      seen.add(file.name)
      if (!file.name.toLowerCase().endsWith('.txt') || file.name.startsWith('__MACOSX/'))
        return false
      // Files are kept in memory by base name and never written to disk, so a path like
      // "../../x.txt" could not escape; it is still a sign of a forged archive: refuse it.
      if (file.name.split(/[\\/]/).includes('..') || /^([\\/]|[a-z]:)/i.test(file.name))
        throw new GtfsLimitError(`entry "${file.name}" has a path outside the archive`)
      if (file.originalSize > GTFS_MAX_FILE_BYTES)
        throw new GtfsLimitError(
          `${file.name} would expand to ${Math.round(file.originalSize / 1048576)} MB (limit ${GTFS_MAX_FILE_BYTES / 1048576} MB)`,
        )
      total += file.originalSize
      if (total > GTFS_MAX_TOTAL_BYTES)
        throw new GtfsLimitError(
          `the feed would expand to more than ${GTFS_MAX_TOTAL_BYTES / 1048576} MB`,
        )
      return true
    },
  })
  if (seen.size < names) throw new GtfsLimitError('an entry appears twice in the archive')
  const files = new Map<string, Uint8Array>()
  for (const [name, data] of Object.entries(entries)) {
    // Files are kept by base name: two with the same one (say feed/stops.txt and
    // old/stops.txt) would silently replace each other, so the archive is ambiguous.
    const base = name.split('/').pop()!.toLowerCase()
    if (files.has(base)) throw new GtfsLimitError(`${base} appears twice in the archive`)
    files.set(base, data)
  }
  return files
}
