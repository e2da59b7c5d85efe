// The service worker, built after `next build` by scripts/build-sw.ts into the build
// folder (so the demo's and the tests' builds each serve their own precache list).
import fs from 'node:fs/promises'
import path from 'node:path'

export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const distDir = process.env.PLAZA_DIST_DIR || '.next'
  try {
    const body = await fs.readFile(path.resolve(process.cwd(), distDir, 'plaza-sw', 'sw.js'))
    return new Response(new Uint8Array(body), {
      headers: {
        'Content-Type': 'text/javascript; charset=utf-8',
        // Browsers check for a new worker on navigation; never serve a stale one.
        'Cache-Control': 'no-cache, max-age=0',
        'Service-Worker-Allowed': '/',
      },
    })
  } catch {
    return new Response('// No service worker in this build (run scripts/build-sw.ts).', {
      status: 404,
      headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  }
}
