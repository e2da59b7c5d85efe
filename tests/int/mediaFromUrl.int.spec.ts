// Upload from a URL is off (docs/SECURITY.md): a media create that carries `url` and
// `filename` instead of a file is refused with a 400, and the server fetches nothing.
import { afterAll, beforeAll, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload

beforeAll(async () => {
  ctx = await startTestPayload()
})

afterAll(async () => {
  await ctx?.cleanup()
})

it.each([
  'http://127.0.0.1:1/x.png',
  'http://169.254.169.254/latest/meta-data',
  'https://example.org/a.png',
])('refuses a media document made from %s', async (url) => {
  await expect(
    ctx.payload.create({
      collection: 'media',
      data: { alt: 'remote', url, filename: 'x.png' } as never,
    }),
  ).rejects.toMatchObject({ status: 400 })
  expect((await ctx.payload.count({ collection: 'media' })).totalDocs).toBe(0)
})
