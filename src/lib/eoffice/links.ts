// Citizen links, written through the Local API only (the collections allow no API writes), so
// every adapter behaves alike.
import type { Payload } from 'payload'

import type { CitizenLink } from '@/payload-types'

import { subjectHash } from './keys'

const idOf = (value: number | { id: number } | null | undefined): number | null =>
  value == null ? null : typeof value === 'object' ? value.id : value

export function deviceIds(link: Pick<CitizenLink, 'devices'>): number[] {
  return (link.devices ?? []).map(idOf).filter((id): id is number => id !== null)
}

async function findByHash(payload: Payload, hash: string): Promise<CitizenLink | null> {
  const { docs } = await payload.find({
    collection: 'citizen-links',
    where: { subjectHash: { equals: hash } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  return docs[0] ?? null
}

/** The link for a verified identity, if the citizen has connected. */
export function findLinkForSubject(
  payload: Payload,
  issuer: string,
  sub: string,
): Promise<CitizenLink | null> {
  return findByHash(payload, subjectHash(issuer, sub))
}

/** Creates the link at first sign-in or records the new sign-in; race-safe on the hash. */
export async function linkCitizen(
  payload: Payload,
  issuer: string,
  sub: string,
  now: Date = new Date(),
): Promise<CitizenLink> {
  const hash = subjectHash(issuer, sub)
  for (let attempt = 0; attempt < 2; attempt++) {
    const existing = await findByHash(payload, hash)
    if (existing) {
      return payload.update({
        collection: 'citizen-links',
        id: existing.id,
        data: { lastSignInAt: now.toISOString() },
        depth: 0,
        overrideAccess: true,
      })
    }
    try {
      return await payload.create({
        collection: 'citizen-links',
        data: {
          subjectHash: hash,
          devices: [],
          linkedAt: now.toISOString(),
          lastSignInAt: now.toISOString(),
        },
        depth: 0,
        overrideAccess: true,
      })
    } catch (error) {
      // A parallel sign-in created it first (unique subjectHash): read it on the next turn.
      if (attempt > 0) throw error
    }
  }
  throw new Error('unreachable')
}

export type DeviceResult = 'linked' | 'unlinked' | 'unknown-endpoint'

/** The id of the push subscription with this endpoint, or null. */
export async function subscriptionIdForEndpoint(
  payload: Payload,
  endpoint: string,
): Promise<number | null> {
  const { docs } = await payload.find({
    collection: 'push-subscriptions',
    where: { endpoint: { equals: endpoint } },
    select: {},
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  return docs[0]?.id ?? null
}

/** Adds the push subscription with this endpoint to the link's devices. */
export async function linkDevice(
  payload: Payload,
  link: CitizenLink,
  endpoint: string,
): Promise<DeviceResult> {
  const id = await subscriptionIdForEndpoint(payload, endpoint)
  if (id === null) return 'unknown-endpoint'
  const devices = deviceIds(link)
  if (!devices.includes(id)) {
    await payload.update({
      collection: 'citizen-links',
      id: link.id,
      data: { devices: [...devices, id] },
      depth: 0,
      overrideAccess: true,
    })
  }
  return 'linked'
}

/** Removes the push subscription with this endpoint from the link's devices. */
export async function unlinkDevice(
  payload: Payload,
  link: CitizenLink,
  endpoint: string,
): Promise<DeviceResult> {
  const id = await subscriptionIdForEndpoint(payload, endpoint)
  if (id === null) return 'unknown-endpoint'
  const devices = deviceIds(link)
  if (devices.includes(id)) {
    await payload.update({
      collection: 'citizen-links',
      id: link.id,
      data: { devices: devices.filter((device) => device !== id) },
      depth: 0,
      overrideAccess: true,
    })
  }
  return 'unlinked'
}

/** Disconnect: the link's notices, then the link itself. The push subscriptions stay
 *  (they belong to "Notify me", which the citizen manages there). */
export async function disconnectLink(payload: Payload, linkId: number): Promise<void> {
  await payload.delete({
    collection: 'eoffice-notices',
    where: { link: { equals: linkId } },
    overrideAccess: true,
  })
  await payload.delete({ collection: 'citizen-links', id: linkId, overrideAccess: true })
}

/** The citizen's notices, newest first. */
export async function listNotices(payload: Payload, linkId: number, limit = 200) {
  const { docs } = await payload.find({
    collection: 'eoffice-notices',
    where: { link: { equals: linkId } },
    sort: '-sentAt',
    depth: 0,
    limit,
    overrideAccess: true,
  })
  return docs
}
