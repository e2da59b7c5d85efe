// Payload claims jobs by read-then-write, so two instances could run the same job: each claim
// is made a compare-and-set here (tests/int/jobsRace.int.spec.ts).
import { and, eq, isNull, or } from '@payloadcms/db-sqlite/drizzle'
import type { Payload, Where } from 'payload'

type UpdateJobsArgs = {
  id?: number | string
  data: Record<string, unknown>
  limit?: number
  req?: { transactionID?: number | string | Promise<number | string> }
  returning?: boolean
  sort?: string | string[]
  where?: Where
}

type UpdateJobs = (args: UpdateJobsArgs) => Promise<unknown[] | null>

interface DrizzleLikeAdapter {
  name: string
  drizzle: DrizzleLike
  sessions?: Record<string, { db: DrizzleLike }>
  tables: Record<string, Record<string, unknown>>
  tableNameMap: Map<string, string>
  updateJobs: UpdateJobs
  collections?: Record<string, MongoModelLike>
}

interface DrizzleLike {
  update: (table: unknown) => {
    set: (values: Record<string, unknown>) => {
      where: (condition: unknown) => { returning: (fields: unknown) => Promise<unknown[]> }
    }
  }
}

interface MongoModelLike {
  updateOne: (filter: object, update: object) => Promise<{ modifiedCount: number }>
}

const patched = new WeakSet<object>()

/** The write with which a runner takes jobs: `processing: true` and nothing else to change. */
export function isClaim(data: Record<string, unknown>): boolean {
  const keys = Object.keys(data).filter((key) => key !== 'updatedAt')
  return keys.length === 1 && data.processing === true
}

export function claimJobsOnce(payload: Payload): void {
  const db = payload.db as unknown as DrizzleLikeAdapter
  if (patched.has(db)) return
  patched.add(db)
  const updateJobs = db.updateJobs.bind(db)

  db.updateJobs = async (args) => {
    if (!isClaim(args.data)) return updateJobs(args)
    const candidates = await pendingJobIds(payload, args)
    const claimed: Array<number | string> = []
    for (const id of candidates) {
      if (await takeIfPending(db, id, args.req)) claimed.push(id)
    }
    if (claimed.length === 0) return args.returning === false ? null : []
    // The jobs are ours now: the usual write returns them in the shape the runner expects.
    const { id: _id, ...rest } = args
    return updateJobs({ ...rest, limit: claimed.length, where: { id: { in: claimed } } })
  }
}

async function pendingJobIds(payload: Payload, args: UpdateJobsArgs) {
  if (args.id !== undefined) return [args.id]
  const { docs } = await payload.db.find({
    collection: 'payload-jobs',
    where: args.where ?? {},
    limit: args.limit ?? 0,
    sort: args.sort,
    pagination: false,
    req: args.req as never,
  })
  return docs.map((doc) => doc.id as number | string)
}

async function takeIfPending(
  db: DrizzleLikeAdapter,
  id: number | string,
  req: UpdateJobsArgs['req'],
): Promise<boolean> {
  if (db.name === 'mongoose') {
    const jobs = db.collections?.['payload-jobs']
    if (!jobs) throw new Error('claimJobsOnce: the payload-jobs model is missing')
    const result = await jobs.updateOne(
      { _id: id, processing: false, completedAt: null, hasError: { $ne: true } },
      { $set: { processing: true } },
    )
    return result.modifiedCount === 1
  }
  const table = db.tables[db.tableNameMap.get('payload_jobs') ?? 'payload_jobs']
  if (!table) throw new Error('claimJobsOnce: the payload_jobs table is missing')
  // Inside the runner's own transaction when it has one: on PostgreSQL a second runner's
  // write waits for this one to commit, then finds the job no longer pending.
  const transactionID = req?.transactionID ? await req.transactionID : undefined
  const conn = (transactionID !== undefined && db.sessions?.[transactionID]?.db) || db.drizzle
  const rows = await conn
    .update(table)
    .set({ processing: true })
    .where(
      // Still pending: not taken, and not finished or failed by another runner since it was read.
      and(
        eq(table.id as never, id),
        eq(table.processing as never, false),
        isNull(table.completedAt as never),
        or(isNull(table.hasError as never), eq(table.hasError as never, false)),
      ),
    )
    .returning({ id: table.id })
  return rows.length === 1
}
