// Staff-only files (transit feeds) live in a private folder beside the public media folder,
// which Payload serves by name, so no spelling of a media name reaches them (docs/SECURITY.md).
import fs from 'node:fs'
import path from 'node:path'

import type { Env } from '@/lib/config/env'

export function mediaDir(env: Env = process.env): string {
  return env.PLAZA_MEDIA_DIR || 'data/media'
}

/** Staff-only uploads: PLAZA_PRIVATE_DIR, else a `private` folder beside the media folder. */
export function privateUploadsDir(env: Env = process.env): string {
  if (env.PLAZA_PRIVATE_DIR) return env.PLAZA_PRIVATE_DIR
  // A folder chosen at run time: the build must not trace (and copy) the whole project for it.
  return path.join(path.dirname(path.resolve(/* turbopackIgnore: true */ mediaDir(env))), 'private')
}

export function transitFeedsDir(env: Env = process.env): string {
  return path.join(privateUploadsDir(env), 'transit-feeds')
}

/** Where earlier versions kept transit feeds: inside the public media folder. */
export function legacyTransitFeedsDir(env: Env = process.env): string {
  return path.join(mediaDir(env), 'transit-feeds')
}

/** `name` is one file name: no folder part, no dot segment, no escape left to decode. */
export function isPlainFileName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 255 &&
    !/[/\\%\u0000-\u001f\u007f]/.test(name) &&
    name !== '.' &&
    name !== '..' &&
    !name.startsWith('.')
  )
}

function moveFile(from: string, to: string): void {
  try {
    fs.renameSync(from, to)
  } catch (error) {
    // Another device (media on a mounted volume): copy, then remove.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL)
    fs.unlinkSync(from)
  }
}

/**
 * Moves feeds of an older install out of the media folder at start (idempotent). Returns the
 * names moved.
 */
export function moveLegacyTransitFeeds(
  env: Env = process.env,
  log: (line: string) => void = () => {},
): string[] {
  const from = legacyTransitFeedsDir(env)
  const to = transitFeedsDir(env)
  let entries: fs.Dirent[]
  try {
    entries = fs.readdirSync(from, { withFileTypes: true })
  } catch {
    return []
  }
  fs.mkdirSync(to, { recursive: true, mode: 0o700 })
  const moved: string[] = []
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const target = path.join(to, entry.name)
    if (fs.existsSync(target)) {
      log(
        `uploads: ${entry.name} is in both ${from} and ${to}; the public copy was left, remove it`,
      )
      continue
    }
    try {
      moveFile(path.join(from, entry.name), target)
      moved.push(entry.name)
    } catch (error) {
      // Two processes starting at once: the other one moved it first.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
  try {
    fs.rmdirSync(from)
  } catch {
    // Not empty (a file left above): it stays, and is still never served (see fileRoute.ts).
  }
  if (moved.length > 0) log(`uploads: moved ${moved.length} transit feed file(s) to ${to}`)
  return moved
}
