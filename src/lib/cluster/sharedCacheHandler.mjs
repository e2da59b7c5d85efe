// Next's cache for several instances: the local file-system cache stays (Redis down changes
// nothing), Redis shares tag times and entries. @fortedigital/nextjs-cache-handler needs Node 22.
import fs from 'node:fs'
import path from 'node:path'

import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'
import tagsManifestModule from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js'

import { purgeFrontCaches } from './frontCache.mjs'
import { redisClient } from './redis.mjs'

const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule
const { tagsManifest, areTagsExpired } = tagsManifestModule

const TAGS_KEY = 'plaza:tags'
const ENTRY_TTL_SECONDS = 7 * 24 * 60 * 60
const RESPONSE_KINDS = new Set(['APP_PAGE', 'APP_ROUTE', 'PAGES'])

/**
 * Buffers and Maps survive JSON. A walk, not a replacer: a replacer sees a Buffer only after
 * toJSON() built an array of every byte (about 10 ms a page).
 */
function toJson(value) {
  if (value instanceof Uint8Array)
    return { $b: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') }
  if (value instanceof Map) return { $m: [...value].map(([k, v]) => [k, toJson(v)]) }
  if (Array.isArray(value)) return value.map(toJson)
  if (value && typeof value === 'object' && typeof value.toJSON !== 'function') {
    const plain = {}
    for (const key of Object.keys(value)) plain[key] = toJson(value[key])
    return plain
  }
  return value
}
function encode(value) {
  return JSON.stringify(toJson(value))
}
function decode(text) {
  return JSON.parse(text, (_key, v) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      if (typeof v.$b === 'string' && Object.keys(v).length === 1)
        return Buffer.from(v.$b, 'base64')
      if (Array.isArray(v.$m) && Object.keys(v).length === 1) return new Map(v.$m)
    }
    return v
  })
}

/** The tags an entry answers to: its own header for pages and routes, the fetch's for data. */
function tagsOf(entry, ctx) {
  const value = entry?.value
  if (value && RESPONSE_KINDS.has(value.kind)) {
    const header = value.headers?.['x-next-cache-tags']
    return typeof header === 'string' && header ? header.split(',') : []
  }
  return [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])]
}

/** Takes the later of each time, so that no revalidation seen here is forgotten. */
function mergeTag(tag, remote) {
  const local = tagsManifest.get(tag) ?? {}
  const later = (a, b) =>
    typeof a === 'number' && typeof b === 'number' ? Math.max(a, b) : (a ?? b)
  tagsManifest.set(tag, {
    stale: later(local.stale, remote.stale),
    expired: later(local.expired, remote.expired),
  })
}

// Revalidations recorded while Redis was away, written when it is back so that the other
// instances learn of them too.
const PENDING = Symbol.for('plaza.pendingTags')
const pendingTags = (globalThis[PENDING] ??= new Set())

async function writeTags(redis, tags) {
  for (const tag of tags) pendingTags.add(tag)
  const all = [...pendingTags]
  const fields = all.flatMap((tag) => [tag, JSON.stringify(tagsManifest.get(tag) ?? {})])
  await redis.hset(TAGS_KEY, ...fields)
  for (const tag of all) pendingTags.delete(tag)
}

let buildId = null
function buildIdOf(serverDistDir) {
  if (buildId === null) {
    try {
      buildId = fs.readFileSync(path.join(serverDistDir ?? '.', '..', 'BUILD_ID'), 'utf8').trim()
    } catch {
      buildId = 'dev'
    }
  }
  return buildId
}

export default class SharedCacheHandler {
  constructor(ctx) {
    this.local = new FileSystemCache(ctx)
    this.redis = redisClient('cache')
    if (this.redis && !this.redis.plazaWatched) {
      this.redis.plazaWatched = true
      this.redis.on('ready', () => {
        if (pendingTags.size) writeTags(this.redis, []).catch(() => undefined)
      })
    }
    this.prefix = `plaza:cache:${buildIdOf(ctx.serverDistDir)}:`
  }

  /** Brings the tags' revalidation times from Redis; with Redis away, the local ones stand. */
  async refreshTags(tags) {
    if (!this.redis || tags.length === 0) return
    try {
      const values = await this.redis.hmget(TAGS_KEY, ...tags)
      values.forEach((raw, i) => raw && mergeTag(tags[i], JSON.parse(raw)))
    } catch {
      // Redis down or slow: serve by what this instance knows.
    }
  }

  async get(key, ctx) {
    const local = await this.local.get(key, ctx)
    if (!this.redis) return local
    if (local) {
      const tags = tagsOf(local, ctx)
      await this.refreshTags(tags)
      if (!areTagsExpired(tags, local.lastModified)) return local
    }
    let remote = null
    try {
      const raw = await this.redis.get(this.prefix + key)
      remote = raw ? decode(raw) : null
    } catch {
      return null // Redis away and no valid local copy: Next.js renders afresh.
    }
    if (!remote || remote.value?.kind === undefined) return null
    const tags = tagsOf(remote, ctx)
    await this.refreshTags(tags)
    if (areTagsExpired(tags, remote.lastModified)) return null
    // Kept in this process's memory too: the next hits, and a Redis outage, are served here.
    FileSystemCache.memoryCache?.set(key, remote)
    return remote
  }

  async set(key, data, ctx) {
    await this.local.set(key, data, ctx)
    if (!this.redis || !data) return
    const entry = {
      lastModified: Date.now(),
      value: data,
      cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl,
    }
    try {
      await this.redis.set(this.prefix + key, encode(entry), 'EX', ENTRY_TTL_SECONDS)
    } catch {
      // Another instance renders it again: only a little work lost.
    }
  }

  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : tags
    await this.local.revalidateTag(list, durations)
    if (this.redis && list.length > 0) {
      try {
        await writeTags(this.redis, list)
      } catch {
        console.warn(
          `plaza: Redis unavailable: ${list.length} revalidated tag(s) reach the other instances when it is back`,
        )
      }
    }
    await purgeFrontCaches(list)
  }

  resetRequestCache() {}
}
