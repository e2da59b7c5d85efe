import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { forgetServicesStamp } from '@/lib/geo/serviceLocations'

/**
 * A service or topic saved in this process reaches the near-me index on the next request,
 * without waiting for the shared freshness check's short reuse window.
 */
export const forgetNearbyStampAfterChange: CollectionAfterChangeHook = ({ doc, req }) => {
  forgetServicesStamp(req.payload)
  return doc
}

export const forgetNearbyStampAfterDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  forgetServicesStamp(req.payload)
  return doc
}
