// Durable, adapter-neutral storage of imported timetables (Local API only, no raw SQL):
// each import's zip and derived timetable are stored as text parts in transit-feed-chunks,
// and the transit-settings global names the timetable in service. The marker moves only
// after every part is written, so every app instance reads the old timetable or the new
// one, never half; each process caches the parsed timetable keyed by the feed's id.
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { fallbackLogger, lastGood } from '@/lib/resilience/lastGood'
import { requestRevalidation } from '@/lib/revalidation/revalidate'

import { deserializeTimetable, fromChunks, serializeTimetable, sha256, toChunks } from './artifact'
import { buildTimetable, type BuildResult } from './build'
import type { FeedReport, Timetable } from './model'
import { TransitIndex } from './query'

type ChunkKind = 'source' | 'timetable'
type Id = number | string

export const TRANSIT_IMPORT_TASK = 'transitImport'

async function writeChunks(
  payload: Payload,
  feed: Id,
  kind: ChunkKind,
  parts: string[],
  req?: PayloadRequest,
  onPart?: (done: number) => Promise<void>,
) {
  for (let seq = 0; seq < parts.length; seq++) {
    await payload.create({
      collection: 'transit-feed-chunks',
      data: { feed: feed as number, kind, seq, data: parts[seq] },
      depth: 0,
      req,
    })
    await onPart?.(seq + 1)
  }
}

async function readChunks(payload: Payload, feed: Id, kind: ChunkKind): Promise<string[] | null> {
  const { docs } = await payload.find({
    collection: 'transit-feed-chunks',
    where: { and: [{ feed: { equals: feed } }, { kind: { equals: kind } }] },
    select: { seq: true, data: true },
    sort: 'seq',
    depth: 0,
    pagination: false,
  })
  if (docs.length === 0) return null
  return docs.map((d) => d.data)
}

async function deleteChunks(payload: Payload, where: Parameters<Payload['delete']>[0]['where']) {
  await payload.delete({ collection: 'transit-feed-chunks', where: where!, depth: 0 })
}

/** Called when a zip is uploaded: keep its bytes in the database, then queue the import. */
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

/** Short text for the admin and the CLI: kept and left out, then notices grouped by code. */
export function summarize(report: FeedReport): string {
  const c = report.counts
  const refused = report.refused ?? (report.errors.length > 0 || report.omittedErrors > 0)
  const lines = [
    refused
      ? 'Refused: nothing was imported.'
      : `Imported: ${c.agencies} agencies, ${c.routes} routes, ${c.stops} stops, ${c.trips} trips (${c.frequencyTrips} from frequencies), ${c.stopTimes} stop times, ${c.shapes} shapes, ${c.services} services`,
  ]
  const d = report.dropped
  if (!refused && d && Object.values(d).some((n) => n > 0))
    lines.push(
      `Left out: ${d.agencies} agencies, ${d.routes} routes, ${d.stops} stops, ${d.trips} trips, ${d.stopTimes} stop times, ${d.services} services`,
    )
  lines.push(
    `Files: ${Object.entries(report.files)
      .map(([file, rows]) => `${file} ${rows}`)
      .join(', ')}`,
  )
  if (report.validity)
    lines.push(`Valid ${report.validity.start}–${report.validity.end} (${report.timezone})`)
  if (report.notices) lines.push(...noticeLines(report.notices))
  else lines.push(...legacyIssueLines(report))
  return lines.join('\n')
}

const ACTION_LEVEL = { refused: 'ERROR', dropped: 'ERROR', repaired: 'WARNING', ignored: 'INFO' }

/** One line per code and action ("ERROR" when something was not imported), then examples. */
function noticeLines(groups: NonNullable<FeedReport['notices']>): string[] {
  const order = ['refused', 'dropped', 'repaired', 'ignored']
  const sorted = [...groups].sort((a, b) => order.indexOf(a.action) - order.indexOf(b.action))
  return sorted.flatMap((g) => [
    `${ACTION_LEVEL[g.action]} ${g.code} (validator ${g.severity}): ${g.count} ${g.action}`,
    ...g.examples.map((e) => `  ${e.file}${e.line ? `:${e.line}` : ''} ${e.message}`),
    ...(g.count > g.examples.length ? [`  … and ${g.count - g.examples.length} more`] : []),
  ])
}

/** Reports stored before notice codes existed. */
function legacyIssueLines(report: FeedReport): string[] {
  const issue = (i: FeedReport['errors'][number]) =>
    `${i.level.toUpperCase()} ${i.file}${i.line ? `:${i.line}` : ''} ${i.message}`
  const lines = report.errors.map(issue)
  if (report.omittedErrors) lines.push(`… and ${report.omittedErrors} more errors`)
  lines.push(...report.warnings.map(issue))
  if (report.omittedWarnings) lines.push(`… and ${report.omittedWarnings} more warnings`)
  return lines
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
 * Validates and imports one transit-feeds document. On any problem the feed is marked
 * failed with its report and the timetable in service does not change.
 */
export async function runImport(
  payload: Payload,
  feedRef: Id,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  // The job passes the id as text; relationships want it in the adapter's own type.
  const feedId = (await payload.findByID({ collection: 'transit-feeds', id: feedRef, depth: 0 })).id
  const progress = options.onProgress ?? (() => undefined)
  const setFeed = (data: Record<string, unknown>) =>
    payload.update({
      collection: 'transit-feeds',
      id: feedId,
      data,
      depth: 0,
      context: { skipImportQueue: true, disableRevalidate: true },
    })
  const fail = async (report: FeedReport) => {
    await deleteChunks(payload, {
      and: [{ feed: { equals: feedId } }, { kind: { equals: 'timetable' } }],
    })
    await setFeed({
      status: 'failed',
      progress: 100,
      step: 'refused',
      report,
      summary: summarize(report),
    })
    return { ok: false, report, feedId }
  }
  await setFeed({ status: 'running', progress: 5, step: 'reading the zip' })
  let bytes = options.bytes
  if (!bytes) {
    const parts = await readChunks(payload, feedId, 'source')
    bytes = parts ? fromChunks(parts) : undefined
  }
  if (!bytes) {
    return fail(emptyReport('(zip)', 'The uploaded zip was not found in the database.'))
  }
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const fallbackTimezone = options.fallbackTimezone ?? (settings as { timezone?: string }).timezone
  await setFeed({ progress: 10, step: 'validating', sha256: sha256(bytes) })
  let result: BuildResult
  try {
    result = buildTimetable(bytes, {
      fallbackTimezone,
      onProgress: (s, p) => progress(s, Math.round(p * 0.6)),
    })
  } catch (error) {
    return fail(emptyReport('(feed)', `The import stopped: ${(error as Error).message}`))
  }
  const { report } = result
  if (!result.timetable) return fail(report)
  // Keep only what is needed after serializing, so the large model can be collected before
  // the database writes (they dominate the import's time on big feeds).
  const { validity, timezone } = result.timetable
  const overlayItems = overlayItemsOf(result.timetable)
  let artifact: Uint8Array
  try {
    artifact = serializeTimetable(result.timetable)
  } catch (error) {
    return fail(
      emptyReport('(feed)', `The timetable could not be stored: ${(error as Error).message}`),
    )
  } finally {
    result.timetable = null
  }

  try {
    const parts = toChunks(artifact)
    progress('storing', 60)
    await setFeed({ progress: 60, step: `storing the timetable (${parts.length} parts)` })
    // A retried job may have left parts behind: start clean.
    await deleteChunks(payload, {
      and: [{ feed: { equals: feedId } }, { kind: { equals: 'timetable' } }],
    })
    await writeChunks(payload, feedId, 'timetable', parts, undefined, async (done) => {
      progress('storing', 60 + Math.round((30 * done) / parts.length))
    })
    await setFeed({
      progress: 90,
      step: 'activating',
      report,
      summary: summarize(report),
      timetableChunks: parts.length,
      timetableSha256: sha256(artifact),
      validityStart: validity ? isoDate(validity.start) : null,
      validityEnd: validity ? isoDate(validity.end) : null,
      timezone,
    })
    progress('activating', 90)
    const previous = await activeFeedId(payload)
    // The switch: one write. Readers that loaded the previous marker still find its parts.
    await payload.updateGlobal({
      slug: 'transit-settings',
      data: { activeFeed: feedId as number, activatedAt: new Date().toISOString() },
      depth: 0,
    })
    await setFeed({
      status: 'active',
      progress: 100,
      step: 'in service',
      importedAt: new Date().toISOString(),
    })
    if (options.refreshPages !== false) await refreshStopPages(payload)
    if (previous !== null && String(previous) !== String(feedId)) {
      await payload.update({
        collection: 'transit-feeds',
        id: previous,
        data: { status: 'superseded' },
        depth: 0,
        context: { skipImportQueue: true },
      })
    }
    // Keep the new and the previous timetable; older parts and old zips go.
    const keep = [feedId, ...(previous !== null ? [previous] : [])]
    await deleteChunks(payload, {
      or: [
        { feed: { not_in: keep } },
        { and: [{ feed: { not_equals: feedId } }, { kind: { equals: 'source' } }] },
      ],
    })
    if (options.syncOverlay !== false) {
      progress('editorial records', 95)
      await syncOverlay(payload, overlayItems, (done, total) =>
        progress(`editorial records ${done}/${total}`, 95 + Math.floor((5 * done) / total)),
      )
    }
    progress('done', 100)
    return { ok: true, report, feedId }
  } catch (error) {
    const failed = emptyReport('(storage)', (error as Error).message)
    return fail({ ...report, ...failed, files: report.files })
  }
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

function emptyReport(file: string, message: string): FeedReport {
  const example = { file, message }
  return {
    files: {},
    counts: {
      agencies: 0,
      routes: 0,
      stops: 0,
      trips: 0,
      stopTimes: 0,
      shapes: 0,
      services: 0,
      frequencyTrips: 0,
    },
    refused: true,
    notices: [
      { code: 'i_o_error', severity: 'ERROR', action: 'refused', count: 1, examples: [example] },
    ],
    errors: [{ level: 'error', code: 'i_o_error', action: 'refused', ...example }],
    warnings: [],
    omittedErrors: 0,
    omittedWarnings: 0,
    validity: null,
    timezone: null,
  }
}

/**
 * One editorial record per line and stop (created when new, only `name` refreshed), so
 * alerts can point at them; descriptions and notes typed by editors are never touched.
 */
type OverlayItems = ReturnType<typeof overlayItemsOf>

function overlayItemsOf(timetable: Timetable) {
  return [
    {
      collection: 'transit-lines' as const,
      key: 'routeId' as const,
      items: timetable.routes.map((r) => ({
        id: r.id,
        name: [r.shortName, r.longName].filter(Boolean).join(' ') || r.id,
      })),
    },
    {
      collection: 'transit-stops' as const,
      key: 'stopId' as const,
      items: timetable.stops
        // Stations and stand-alone stops: what riders name (platforms share their station's).
        .filter((s) => s.locationType === 1 || (s.locationType === 0 && s.parent === -1))
        .map((s) => ({ id: s.id, name: s.name || s.id })),
    },
  ]
}

/** Records written per transaction: one commit per batch instead of one per record. */
const OVERLAY_BATCH = 250

/**
 * Creates the missing records and renames changed ones, in batches that each commit once
 * (on a big feed, thousands of single-record commits made this pass the import's slowest
 * and most memory-hungry step). Records that are already right are not written at all.
 */
async function syncOverlay(
  payload: Payload,
  sets: OverlayItems,
  onBatch?: (done: number, total: number) => void,
) {
  const work: ((req: PayloadRequest) => Promise<unknown>)[] = []
  for (const { collection, key, items } of sets) {
    const { docs } = await payload.find({
      collection,
      select: { [key]: true, name: true },
      depth: 0,
      pagination: false,
    })
    const existing = new Map(
      docs.map((d) => [(d as unknown as Record<string, unknown>)[key] as string, d]),
    )
    for (const item of items) {
      const doc = existing.get(item.id)
      if (!doc)
        work.push((req) =>
          payload.create({
            collection,
            data: { [key]: item.id, name: item.name } as never,
            depth: 0,
            req,
          }),
        )
      else if (doc.name !== item.name)
        work.push((req) =>
          payload.update({ collection, id: doc.id, data: { name: item.name }, depth: 0, req }),
        )
    }
  }
  for (let start = 0; start < work.length; start += OVERLAY_BATCH) {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    try {
      for (const write of work.slice(start, start + OVERLAY_BATCH)) await write(req)
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
    onBatch?.(Math.min(start + OVERLAY_BATCH, work.length), work.length)
  }
}

// The marker is the only read a departures page needs once the timetable is in memory: the
// last value read is kept, so stop and line pages keep answering with the database down
// (src/lib/resilience/lastGood.ts; SECURITY.md line 16).
const keptActiveFeed = lastGood<Id | null>({
  onFallback: fallbackLogger('transit feed in service'),
})

async function activeFeedId(payload: Payload): Promise<Id | null> {
  return keptActiveFeed.read('active', async () => {
    const settings = await payload.findGlobal({ slug: 'transit-settings', depth: 0 })
    const active = settings.activeFeed as Id | { id: Id } | null | undefined
    if (active === null || active === undefined) return null
    return typeof active === 'object' ? active.id : active
  })
}

export interface ActiveTimetable {
  feedId: Id
  index: TransitIndex
}

type Cache = { feedId: Id; loading: Promise<ActiveTimetable | null> }
const cacheKey = Symbol.for('plaza.transit.active')
const globalCache = globalThis as unknown as Record<symbol, Cache | undefined>

/**
 * The timetable in service, parsed once per process and feed: a cheap read of the marker
 * on each call, the parts only when the marker names a feed this process has not loaded.
 */
export async function loadActiveTimetable(payload: Payload): Promise<ActiveTimetable | null> {
  const feedId = await activeFeedId(payload)
  if (feedId === null) return null
  const cached = globalCache[cacheKey]
  if (cached && String(cached.feedId) === String(feedId)) return cached.loading
  const loading = (async () => {
    const parts = await readChunks(payload, feedId, 'timetable')
    if (!parts) return null
    return { feedId, index: new TransitIndex(deserializeTimetable(fromChunks(parts))) }
  })()
  globalCache[cacheKey] = { feedId, loading }
  loading.catch(() => {
    if (globalCache[cacheKey]?.loading === loading) globalCache[cacheKey] = undefined
  })
  return loading
}

/** For tests and scripts that swap databases within one process. */
export function forgetActiveTimetable() {
  globalCache[cacheKey] = undefined
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
