// Between `next build`'s compile and generate steps (scripts/next-build.mjs): the citizen pages'
// shared app chunk leaves their <script> tags, and src/components/appScriptsAfterPaint.ts loads
// it once the largest content is painted. Only pages under the citizen site's root layout change
// (that layout carries the loader); the admin and Next's own error pages keep every tag.
// docs/decisions/0013-app-scripts-after-first-paint.md explains why.
import fs from 'node:fs'
import path from 'node:path'

/** The pages whose root layout is src/app/(frontend)/[locale]/layout.tsx. */
export const CITIZEN_PAGE = /^\/\(frontend\)\/\[locale\](\/.*)?\/page$/

export class ManifestShapeError extends Error {}

/**
 * Per citizen page, the root scripts minus the chunks its chunk group loads (`rootMainFilesTree`
 * is Next's per-page override of `rootMainFiles`). Returns the manifest changed and the count.
 * @param {any} manifest the parsed build-manifest.json
 * @returns {{ manifest: any, pages: number }}
 */
export function deferCitizenAppChunks(manifest) {
  const params = manifest?.pagesChunkGroupBootstrapParams
  const rootMainFiles = manifest?.rootMainFiles
  if (
    manifest?.chunkLoadingGlobal !== 'TURBOPACK' ||
    !Array.isArray(rootMainFiles) ||
    !params ||
    typeof params !== 'object'
  ) {
    throw new ManifestShapeError(
      'build-manifest.json has no Turbopack chunk-group bootstrap (chunkLoadingGlobal, ' +
        'rootMainFiles, pagesChunkGroupBootstrapParams): has Next.js changed? ' +
        'See docs/decisions/0013-app-scripts-after-first-paint.md.',
    )
  }
  const tree = { ...(manifest.rootMainFilesTree ?? {}) }
  let pages = 0
  for (const [page, group] of Object.entries(params)) {
    if (!CITIZEN_PAGE.test(page)) continue
    if (!Array.isArray(group?.otherChunks)) {
      throw new ManifestShapeError(`build-manifest.json: ${page} has no list of chunks to load`)
    }
    const later = new Set(
      group.otherChunks.map((chunk) => (typeof chunk === 'string' ? chunk : chunk?.path)),
    )
    const now = rootMainFiles.filter((file) => !later.has(file))
    // The first file left is the page's bootstrap <script>: Turbopack's runtime, which the
    // loaded chunk registers with. Without it nothing would hydrate.
    if (now.length === 0 || !now.every((file) => /\/turbopack-[^/]+\.js$/.test(file))) {
      throw new ManifestShapeError(
        `build-manifest.json: ${page} would keep ${JSON.stringify(now)} in its page, not only ` +
          "Turbopack's runtime",
      )
    }
    tree[page] = now
    pages += 1
  }
  if (pages === 0) throw new ManifestShapeError('build-manifest.json lists no citizen page')
  return { manifest: { ...manifest, rootMainFilesTree: tree }, pages }
}

/**
 * Rewrites `<distDir>/build-manifest.json` in place; the generate step and `next start` read it.
 * @param {string} distDir
 * @returns {number} the citizen pages changed
 */
export function deferCitizenAppChunksInBuild(distDir) {
  const file = path.join(distDir, 'build-manifest.json')
  const { manifest, pages } = deferCitizenAppChunks(JSON.parse(fs.readFileSync(file, 'utf8')))
  fs.writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`)
  return pages
}
