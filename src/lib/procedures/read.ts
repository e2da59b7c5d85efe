import { cache } from 'react'

import { getPayloadClient, publicRead } from '@/lib/content/payload'

const listSelect = { title: true, slug: true, summary: true } as const

export const listProcedures = cache(async (locale: string) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'procedures',
    depth: 0,
    select: { ...listSelect, topics: true },
    ...(await publicRead(locale)),
  })
  return docs
})

/** The home page's "top tasks": the most used procedures. */
export const topProcedures = cache(async (locale: string, count: number) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'procedures',
    sort: ['-popularity', 'title'],
    limit: count,
    depth: 0,
    select: listSelect,
    ...(await publicRead(locale)),
  })
  return docs
})

export const listProceduresByTopic = cache(async (topicId: number, locale: string) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'procedures',
    where: { topics: { in: [topicId] } },
    depth: 0,
    select: listSelect,
    ...(await publicRead(locale)),
  })
  return docs
})

/** Procedures that can be done in person at a service (listed on the service's page). */
export const listProceduresAtService = cache(async (serviceId: number, locale: string) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'procedures',
    where: {
      and: [
        { 'inPerson.enabled': { equals: true } },
        { 'inPerson.locations': { in: [serviceId] } },
      ],
    },
    depth: 0,
    select: listSelect,
    ...(await publicRead(locale)),
  })
  return docs
})

export const getProcedureBySlug = cache(async (slug: string, locale: string) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'procedures',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    select: { internalNotes: false, nextReview: false, popularity: false },
    populate: {
      topics: { title: true, slug: true },
      departments: { title: true, email: true, phone: true, address: true },
      // In-person channels link to the service and describe its places in JSON-LD.
      services: { title: true, slug: true, locations: true },
      procedures: { title: true, slug: true, summary: true },
      pages: { slug: true },
    },
    ...(await publicRead(locale)),
  })
  return docs[0] ?? null
})
