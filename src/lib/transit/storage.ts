// Imported timetables stored through the Local API (adapter-neutral). The in-service marker
// moves only after every part is written: every instance reads the old timetable or the new.
import type { Payload, PayloadRequest } from 'payload'

import { requestRevalidation } from '@/lib/revalidation/revalidate'

import { activeFeedId } from './activeTimetable'
import { fromChunks, serializeTimetable, sha256, toChunks } from './artifact'
import { buildTimetable } from './build'
import { deleteChunks, readChunks, writeChunks, type Id } from './chunks'
import type { FeedReport } from './model'
import { overlayItemsOf, type OverlayItems, syncOverlay } from './overlaySync'
import { failureReport, summarize } from './report'

export { summarize } from './report'
export { forgetActiveTimetable, loadActiveTimetable, type ActiveTimetable } from './activeTimetable'

export const TRANSIT_IMPORT_TASK = 'transitImport'

export async function storeSourceAndQueue(
  payload: Payload,
  feedId: Id,
  bytes: Uint8Array,
  req?: PayloadRequest,
) {
  await writeChunks(payload, feedId, 'source', toChunks(bytes), req)
  await payload.jobs.queue({
    task: TRANSIT_IMPORT_TASK,
    input: { feedId: String(feedId) },
    req,
  } as never)
}

const isoDate = (d: string) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`

export interface ImportOptions {
  /** Zip bytes; when absent they are read from the feed's stored source parts. */
  bytes?: Uint8Array
  fallbackTimezone?: string
  /** Progress for a terminal: build phases and storage. */
  onProgress?: (step: string, percent: number) => void
  /** Create/refresh transit-lines and transit-stops records (default true). */
  syncOverlay?: boolean
  /**
   * Ask the site to re-render the pages that list nearby stops (default true; the seed
   * turns it off, as it runs before the site is built).
   */
  refreshPages?: boolean
}

export interface ImportOutcome {
  ok: boolean
  report: FeedReport
  feedId: Id
}

/**
 * Validates and imports one feed; when refused or storing fails, the feed is marked failed and
 * the timetable in service does not change.
 */
export async function runImport(
  payload: Payload,
  feedRef: Id,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  // The job passes the id as text; relationships want it in the adapter's own type.
  const feedId = (await payload.findByID({ collection: 'transit-feeds', id: feedRef, depth: 0 })).id
  const feed = feedWriter(payload, feedId)
  await feed.set({ status: 'running', progress: 5, step: 'reading the zip' })
  const bytes = options.bytes ?? (await storedSource(payload, feedId))
  if (!bytes)
    return feed.fail(failureReport('(zip)', 'The uploaded zip was not found in the database.'))
  await feed.set({ progress: 10, step: 'validating', sha256: sha256(bytes) })
  const built = await buildArtifact(payload, bytes, options)
  if ('failed' in built) return feed.fail(built.failed)
  try {
    await storeAndActivate(payload, feed, built, options)
    return { ok: true, report: built.report, feedId }
  } catch (error) {
    const failed = failureReport('(storage)', (error as Error).message)
    return feed.fail({ ...built.report, ...failed, files: built.report.files })
  }
}

type FeedWriter = ReturnType<typeof feedWriter>

function feedWriter(payload: Payload, feedId: Id) {
  const set = (data: Record<string, unknown>) =>
    payload.update({
      collection: 'transit-feeds',
      id: feedId,
      data,
      depth: 0,
      context: { skipImportQueue: true, disableRevalidate: true },
    })
  const fail = async (report: FeedReport): Promise<ImportOutcome> => {
    await deleteChunks(payload, {
      and: [{ feed: { equals: feedId } }, { kind: { equals: 'timetable' } }],
    })
    await set({
      status: 'failed',
      progress: 100,
      step: 'refused',
      report,
      summary: summarize(report),
    })
    return { ok: false, report, feedId }
  }
  return { id: feedId, set, fail }
}

async function storedSource(payload: Payload, feedId: Id): Promise<Uint8Array | undefined> {
  const parts = await readChunks(payload, feedId, 'source')
  return parts ? fromChunks(parts) : undefined
}

interface Artifact {
  report: FeedReport
  artifact: Uint8Array
  validity: { start: string; end: string } | null
  timezone: string
  overlayItems: OverlayItems
}

/**
 * Builds and serializes the timetable, keeping only what is needed afterwards, so the
 * large model can be collected before the database writes (they dominate big imports).
 */
async function buildArtifact(
  payload: Payload,
  bytes: Uint8Array,
  options: ImportOptions,
): Promise<Artifact | { failed: FeedReport }> {
  const progress = options.onProgress ?? (() => undefined)
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const fallbackTimezone = options.fallbackTimezone ?? (settings as { timezone?: string }).timezone
  let result
  try {
    result = buildTimetable(bytes, {
      fallbackTimezone,
      onProgress: (s, p) => progress(s, Math.round(p * 0.6)),
    })
  } catch (error) {
    return { failed: failureReport('(feed)', `The import stopped: ${(error as Error).message}`) }
  }
  const { report, timetable } = result
  if (!timetable) return { failed: report }
  const { validity, timezone } = timetable
  const overlayItems = overlayItemsOf(timetable)
  try {
    return { report, artifact: serializeTimetable(timetable), validity, timezone, overlayItems }
  } catch (error) {
    const message = `The timetable could not be stored: ${(error as Error).message}`
    return { failed: failureReport('(feed)', message) }
  } finally {
    result.timetable = null
  }
}

/** Writes the parts, then switches the marker: readers see the old timetable or the new. */
async function storeAndActivate(
  payload: Payload,
  feed: FeedWriter,
  built: Artifact,
  options: ImportOptions,
) {
  const progress = options.onProgress ?? (() => undefined)
  const { report, artifact, validity } = built
  const parts = toChunks(artifact)
  progress('storing', 60)
  await feed.set({ progress: 60, step: `storing the timetable (${parts.length} parts)` })
  // A retried job may have left parts behind: start clean.
  await deleteChunks(payload, {
    and: [{ feed: { equals: feed.id } }, { kind: { equals: 'timetable' } }],
  })
  await writeChunks(payload, feed.id, 'timetable', parts, undefined, async (done) => {
    progress('storing', 60 + Math.round((30 * done) / parts.length))
  })
  await feed.set({
    progress: 90,
    step: 'activating',
    report,
    summary: summarize(report),
    timetableChunks: parts.length,
    timetableSha256: sha256(artifact),
    validityStart: validity ? isoDate(validity.start) : null,
    validityEnd: validity ? isoDate(validity.end) : null,
    timezone: built.timezone,
  })
  progress('activating', 90)
  await activate(payload, feed, options)
  if (options.syncOverlay !== false) {
    progress('editorial records', 95)
    await syncOverlay(payload, built.overlayItems, (done, total) =>
      progress(`editorial records ${done}/${total}`, 95 + Math.floor((5 * done) / total)),
    )
  }
  progress('done', 100)
}

async function activate(payload: Payload, feed: FeedWriter, options: ImportOptions) {
  const previous = await activeFeedId(payload)
  // The switch: one write. Readers that loaded the previous marker still find its parts.
  await payload.updateGlobal({
    slug: 'transit-settings',
    data: { activeFeed: feed.id as number, activatedAt: new Date().toISOString() },
    depth: 0,
  })
  await feed.set({
    status: 'active',
    progress: 100,
    step: 'in service',
    importedAt: new Date().toISOString(),
  })
  if (options.refreshPages !== false) await refreshStopPages(payload)
  if (previous !== null && String(previous) !== String(feed.id)) {
    await payload.update({
      collection: 'transit-feeds',
      id: previous,
      data: { status: 'superseded' },
      depth: 0,
      context: { skipImportQueue: true },
    })
  }
  // Keep the new and the previous timetable; older parts and old zips go.
  const keep = [feed.id, ...(previous !== null ? [previous] : [])]
  await deleteChunks(payload, {
    or: [
      { feed: { not_in: keep } },
      { and: [{ feed: { not_equals: feed.id } }, { kind: { equals: 'source' } }] },
    ],
  })
}

/** Service pages are prerendered with their nearby stops: a new timetable changes them. */
async function refreshStopPages(payload: Payload) {
  await requestRevalidation([{ kind: 'page-pattern', path: '/[locale]/services/[slug]' }], {
    logger: {
      info: (message) => payload.logger.info(message),
      error: (message) => payload.logger.warn(message),
    },
  })
}

/** Creates a transit-feeds document for a zip on disk and imports it now (CLI, seed, tests). */
export async function importZip(
  payload: Payload,
  bytes: Uint8Array,
  filename: string,
  options: Omit<ImportOptions, 'bytes'> = {},
): Promise<ImportOutcome> {
  const feed = await payload.create({
    collection: 'transit-feeds',
    data: { status: 'queued' },
    file: {
      data: Buffer.from(bytes),
      mimetype: 'application/zip',
      name: filename,
      size: bytes.byteLength,
    },
    depth: 0,
    context: { skipImportQueue: true },
  })
  return runImport(payload, feed.id, { ...options, bytes })
}
