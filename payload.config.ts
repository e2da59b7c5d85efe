import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type SanitizedConfig } from 'payload'
import sharp from 'sharp'

import { Alerts } from './collections/Alerts'
import { AuditLog } from './collections/AuditLog'
import { CitizenLinks } from './collections/CitizenLinks'
import { Departments } from './collections/Departments'
import { Districts } from './collections/Districts'
import { EOfficeNotices } from './collections/EOfficeNotices'
import { Events } from './collections/Events'
import { LinkChecks } from './collections/LinkChecks'
import { Media, MEDIA_MAX_BYTES } from './collections/Media'
import { Pages } from './collections/Pages'
import { Procedures } from './collections/Procedures'
import { ReviewRequests } from './collections/ReviewRequests'
import { PushDeliveries } from './collections/PushDeliveries'
import { PushSubscriptions } from './collections/PushSubscriptions'
import { Services } from './collections/Services'
import { Topics } from './collections/Topics'
import { TransitFeedChunks } from './collections/TransitFeedChunks'
import { TransitFeeds, TRANSIT_FEED_MAX_BYTES } from './collections/TransitFeeds'
import { TransitLines } from './collections/TransitLines'
import { TransitStops } from './collections/TransitStops'
import { Users } from './collections/Users'
import { lockForSelf } from './collections/access/lockForSelf'
import { ownLockOrAdmin } from './collections/access/ownLockOrAdmin'
import { guardDraftedCollections } from './collections/hooks/keepLiveContentFromContributors'
import { Navigation } from './collections/globals/Navigation'
import { SiteSettings } from './collections/globals/SiteSettings'
import { TransitSettings } from './collections/globals/TransitSettings'
import { TransitRealtime } from './collections/globals/TransitRealtime'
import { jobsCron, readPayloadSecret, readServerUrl } from './src/lib/config/env'
import { hasRole } from './src/lib/auth/roles'
import { databaseAdapterFromEnv } from './src/lib/db/adapterFromEnv'
import { keepServingWhenDatabaseDrops } from './src/lib/db/keepServing'
import { queueSqliteWriters } from './src/lib/db/sqliteWriters'
import { auditScheduledPublishing } from './src/lib/audit/scheduling'
import { pruneAuditLogTask } from './src/lib/audit/retention'
import { GRAPHQL_MAX_DEPTH, maxDepthRule, noSubscriptionsRule } from './src/lib/http/graphqlDepth'
import { answerUnusableQueriesWith400 } from './src/lib/http/unusableQuery'
import {
  MAX_DEPTH,
  withCollectionReadBounds,
  withGlobalReadBounds,
} from './src/lib/http/publicReads'
import { eofficeDeliveryTask, pruneNoticesTask } from './src/lib/eoffice/tasks'
import { livePreviewUrl, LIVE_PREVIEW_COLLECTIONS } from './src/lib/preview/livePreviewUrl'
import { defaultLocale, locales } from './src/lib/i18n/locales'
import { revalidateAlertsTask } from './src/lib/alerts/onsetAndExpiry'
import { revalidateServiceNoticeTask } from './src/lib/services/noticeCrossings'
import { claimJobsOnce } from './src/lib/jobs/claimJobsOnce'
import { checkLinksTask } from './src/lib/links/linkHealthTask'
import {
  jobsChangedOnlyByEditors,
  onlyEditorsSchedulePublishing,
} from './src/lib/jobs/schedulingForEditors'
import { shouldRunJobs } from './src/lib/jobs/shouldRunJobs'
import { pushDeliveryTask } from './src/lib/push/deliveryTask'
import { searchSyncTask } from './src/lib/search/searchSyncTask'
import { transitImportTask } from './src/lib/transit/importTask'
import { auditAccessErrors } from './src/lib/audit/hooks'
import { moveLegacyTransitFeeds } from './src/lib/uploads/uploadDirs'
import { adminLanguages } from './src/lib/i18n/adminLanguages'
import { emailAdapterFromEnv } from './src/lib/mail/emailFromEnv'
import { withReviewPanel } from './collections/fields/reviewPanel'

const serverURL = readServerUrl()
const jobsForEditors = ({ req }: { req: { user?: unknown } }) =>
  hasRole(req.user as Parameters<typeof hasRole>[0], 'editor', 'admin')

// Payload adds the jobs scheduler's statistics global itself (the e-office notice retention
// runs on a schedule), with its default access: any logged-in user may read and change it.
// Nobody needs it over the API; the scheduler writes it with the Local API.
function lockDownJobStats(config: SanitizedConfig): SanitizedConfig {
  const jobStats = config.globals.find((global) => global.slug === 'payload-jobs-stats')
  if (jobStats) {
    const nobody = () => false
    jobStats.access = { ...jobStats.access, read: nobody, update: nobody, readVersions: nobody }
  }
  return config
}

// Scheduling and cancelling publishes is for editors (docs/SECURITY.md). Added after
// sanitizing: Payload warns about any hook returned by jobsCollectionOverrides, as the runner
// writes jobs without hooks; this one is about Local API and HTTP operations, which run it.
function guardJobs(config: SanitizedConfig): SanitizedConfig {
  const jobs = config.collections.find((c) => c.slug === 'payload-jobs')
  if (jobs) jobs.hooks.beforeOperation = [jobsChangedOnlyByEditors, ...jobs.hooks.beforeOperation]
  return config
}

// Payload adds the document-locks collection itself, open to any logged-in user: anyone
// could release or take over anyone's lock, or lock a document in an editor's name.
// Locks are taken in one's own name and released by their holder or an admin
// (docs/SECURITY.md).
function lockDownDocumentLocks(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((c) => c.slug === 'payload-locked-documents')
  if (locks)
    locks.access = {
      ...locks.access,
      create: lockForSelf,
      update: ownLockOrAdmin,
      delete: ownLockOrAdmin,
    }
  return config
}

export default buildConfig({
  secret: readPayloadSecret(),
  serverURL,
  db: await databaseAdapterFromEnv(),
  editor: lexicalEditor(),
  sharp,
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · Plaza admin' },
    // No third-party requests from the admin: Payload's default account picture is Gravatar's.
    avatar: 'default',
    // Staff land on what needs their attention (review requests, schedules, review dates,
    // alerts, transit feed, failed jobs, broken links); the nav counts open review requests.
    components: {
      beforeDashboard: ['/src/components/admin/StaffDashboard#StaffDashboard'],
      beforeNavLinks: ['/src/components/admin/ReviewNavCount#ReviewNavCount'],
    },
    livePreview: {
      url: livePreviewUrl,
      collections: LIVE_PREVIEW_COLLECTIONS,
      breakpoints: [
        { label: 'Mobile', name: 'mobile', width: 375, height: 667 },
        { label: 'Desktop', name: 'desktop', width: 1280, height: 800 },
      ],
    },
  },
  // Each collection lists its own audit hooks (tests/unit/auditHooks.spec.ts); API reads are
  // bounded in depth, size and rate (docs/SECURITY.md). Drafted collections carry the review box.
  collections: withCollectionReadBounds([
    ...withReviewPanel([
      Services,
      Procedures,
      Events,
      Alerts,
      Pages,
      Topics,
      Departments,
      Districts,
    ]),
    ReviewRequests,
    TransitLines,
    TransitStops,
    TransitFeeds,
    TransitFeedChunks,
    PushSubscriptions,
    PushDeliveries,
    CitizenLinks,
    EOfficeNotices,
    Media,
    Users,
    AuditLog,
    LinkChecks,
  ]),
  // Denials go to the audit log; a read whose where/sort values the database cannot use
  // is the request's fault (400, not 500).
  hooks: { afterError: [auditAccessErrors, answerUnusableQueriesWith400] },
  // The admin in the site's languages (Payload's own translations).
  i18n: { supportedLanguages: adminLanguages(locales), fallbackLanguage: 'en' },
  // E-mail (review requests to editors, password resets) only when PLAZA_SMTP_URL is set.
  email: emailAdapterFromEnv(),
  globals: withGlobalReadBounds([SiteSettings, Navigation, TransitSettings, TransitRealtime]),
  // Relationships are populated at most this deep, whatever a caller asks (the REST and
  // GraphQL APIs refuse more with a 400, src/lib/http/publicReads.ts).
  maxDepth: MAX_DEPTH,
  // A refused read is the client's mistake or its rate, answered 400/429: a flood of them must
  // not flood the server's log either.
  loggingLevels: { PublicReadRefused: false } as never,
  localization: {
    locales: [...locales],
    defaultLocale,
    fallback: true,
  },
  // Only our own origin may make credentialed requests or change data (docs/SECURITY.md).
  cors: [serverURL],
  csrf: [serverURL],
  // The largest upload any collection takes (GTFS zips); Media checks its own smaller limit.
  upload: { limits: { fileSize: Math.max(MEDIA_MAX_BYTES, TRANSIT_FEED_MAX_BYTES) } },
  graphQL: {
    disableIntrospectionInProduction: true,
    disablePlaygroundInProduction: true,
    maxComplexity: 400,
    // Complexity alone lets a narrow query nest very deep (relationships both ways).
    validationRules: () => [maxDepthRule(GRAPHQL_MAX_DEPTH), noSubscriptionsRule],
  },
  // Scheduled publish/unpublish and alert onset/expiry refreshes run here; the running site
  // processes the queue every minute.
  jobs: {
    tasks: [
      revalidateAlertsTask,
      revalidateServiceNoticeTask,
      searchSyncTask,
      transitImportTask,
      pushDeliveryTask,
      eofficeDeliveryTask,
      pruneNoticesTask,
      pruneAuditLogTask,
      checkLinksTask,
    ],
    // No cron at all where jobs do not run (tests, scripts, build): Payload's cron also writes
    // the scheduler's bookkeeping every minute whatever shouldAutoRun says, and on SQLite that
    // write competed with the test's own writes ("database is locked" at minute boundaries).
    autoRun: () => (shouldRunJobs() ? [{ cron: jobsCron(), queue: 'default', limit: 20 }] : []),
    shouldAutoRun: shouldRunJobs,
    // Running, queueing or cancelling jobs over HTTP is for editors and admins only.
    access: { run: jobsForEditors, queue: jobsForEditors, cancel: jobsForEditors },
    // Editors see queued and failed jobs (e.g. a search sync that Algolia refused) in the
    // admin under System → Jobs; nobody edits them by hand.
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      admin: {
        ...defaultJobsCollection.admin,
        hidden: ({ user }) => !jobsForEditors({ req: { user } }),
      },
      access: { ...defaultJobsCollection.access, read: jobsForEditors },
    }),
  },
  // A lost PostgreSQL connection must not end the process serving cached pages; parallel
  // writes on SQLite wait for each other rather than fail; scheduling a publish/unpublish
  // is written to the audit log (src/lib/audit/scheduling.ts). Transit feeds an older
  // install kept in the public media folder move to the private one.
  onInit: (payload) => {
    moveLegacyTransitFeeds(process.env, (line) => payload.logger.info(line))
    keepServingWhenDatabaseDrops(payload)
    queueSqliteWriters(payload)
    // Several instances may run the queue: each job is taken by one runner only.
    claimJobsOnce(payload)
    auditScheduledPublishing(payload)
    // Wrapped last, so a refused schedule is refused before anything is queued or recorded.
    onlyEditorsSchedulePublishing(payload)
  },
  typescript: {
    outputFile: './src/payload-types.ts',
    // Payload regenerates the types in a child process at every start outside production:
    // in `next dev` that helps, but every test file, seed and CLI run paid a second Node
    // process for it (and rewrote this file under a running type check). `npm run
    // generate:types` after a schema change; tests/unit/payloadTypes.spec.ts checks it was.
    autoGenerate: process.env.NODE_ENV === 'development',
  },
  telemetry: false,
})
  .then(lockDownJobStats)
  .then(guardDraftedCollections)
  .then(lockDownDocumentLocks)
  .then(guardJobs)
