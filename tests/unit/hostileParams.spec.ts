import { describe, expect, it } from 'vitest'

import { isSubscriptionRequest } from '@/lib/http/graphqlDepth'
import { isUnusableQueryError } from '@/lib/http/unusableQuery'
import { parseDeparturesQuery } from '@/lib/transit/params'

describe('departures parameters given twice', () => {
  it.each(['date=2016-05-02&date=2016-05-03', 'after=08:00&after=09:00', 'limit=1&limit=2'])(
    'refuses %s',
    (query) => {
      const parsed = parseDeparturesQuery(new URLSearchParams(query), 'America/Los_Angeles')
      expect(parsed).toEqual({ ok: false, error: expect.stringMatching(/only once/) })
    },
  )
})

describe('database refusals of a request’s query values', () => {
  const drizzle = (cause: Error) =>
    Object.assign(new Error('Failed query: select … where id in (?, ?)'), { cause })

  it('recognises drizzle, SQLite, PostgreSQL and MongoDB refusals', () => {
    expect(
      isUnusableQueryError(drizzle(new RangeError('Only finite numbers (not Infinity or NaN)'))),
    ).toBe(true)
    expect(isUnusableQueryError(new Error('invalid input syntax for type integer: "abc"'))).toBe(
      true,
    )
    expect(isUnusableQueryError(new Error('Cast to ObjectId failed for value "abc"'))).toBe(true)
  })

  it('leaves other failures and client errors alone', () => {
    expect(isUnusableQueryError(new Error('ECONNREFUSED'))).toBe(false)
    expect(isUnusableQueryError(Object.assign(new Error('Failed query: x'), { status: 403 }))).toBe(
      false,
    )
    expect(isUnusableQueryError(undefined)).toBe(false)
  })
})

describe('GraphQL subscriptions', () => {
  const post = (body: string) => new Request('http://x/api/graphql', { method: 'POST', body })
  it('recognises a subscription operation, also beside a query', async () => {
    expect(await isSubscriptionRequest(post('{"query":"subscription { x }"}'))).toBe(true)
    expect(
      await isSubscriptionRequest(post('{"query":"query a { b } subscription c { d }"}')),
    ).toBe(true)
  })
  it('leaves queries, mutations and garbage to Payload', async () => {
    expect(await isSubscriptionRequest(post('{"query":"{ Topics { totalDocs } }"}'))).toBe(false)
    expect(await isSubscriptionRequest(post('{"query":"mutation { x }"}'))).toBe(false)
    expect(await isSubscriptionRequest(post('not json'))).toBe(false)
    expect(await isSubscriptionRequest(post('{"query":"{"}'))).toBe(false)
  })
})
