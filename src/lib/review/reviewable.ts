// Drafted public collections a contributor can ask to publish, listed because a relationship
// needs its targets up front; tests/int/reviewWorkflow.int.spec.ts checks the list.
export const REVIEWABLE_COLLECTIONS = [
  'pages',
  'services',
  'procedures',
  'events',
  'alerts',
  'topics',
  'departments',
  'districts',
] as const
export type ReviewableCollection = (typeof REVIEWABLE_COLLECTIONS)[number]

export const REVIEW_STATUSES = ['pending', 'approved', 'returned'] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

export const REVIEW_DECISIONS = ['publish', 'schedule'] as const
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number]

export const REVIEW_REQUESTS = 'review-requests'

/** The admin address of a document, for e-mails, the dashboard and the review queue. */
export function adminDocPath(collection: string, id: number | string): string {
  return `/admin/collections/${collection}/${encodeURIComponent(String(id))}`
}

export function isReviewable(collection: unknown): collection is ReviewableCollection {
  return REVIEWABLE_COLLECTIONS.includes(collection as ReviewableCollection)
}
