import vm from 'node:vm'

import { describe, expect, it } from 'vitest'

import {
  APP_SCRIPTS_FALLBACK_MS,
  APP_SCRIPTS_MARK,
  appScriptsAfterPaintScript,
} from '../../src/components/appScriptsAfterPaint'
import {
  deferCitizenAppChunks,
  ManifestShapeError,
} from '../../scripts/lib/appScriptsAfterPaint.mjs'

// The shape `next build` (Turbopack, Next 16.4) writes to build-manifest.json.
const RUNTIME = 'static/chunks/turbopack-077hmtqrhcoji.js'
const APP = 'static/chunks/36vct8cm1hdov.js'
function manifest() {
  return {
    polyfillFiles: ['static/chunks/0cz1d0mv5g_q7.js'],
    rootMainFiles: [APP, RUNTIME],
    rootMainFilesTree: {},
    pagesChunkGroupBootstrapParams: {
      '/_not-found/page': { otherChunks: [APP], runtimeModuleIds: [494553] },
      '/(frontend)/[locale]/page': { otherChunks: [APP], runtimeModuleIds: [494553] },
      '/(frontend)/[locale]/services/[slug]/page': { otherChunks: [APP], runtimeModuleIds: [1] },
      '/(payload)/admin/[[...segments]]/page': {
        otherChunks: [APP, 'static/chunks/admin.js'],
        runtimeModuleIds: [494553],
      },
    },
    chunkLoadingGlobal: 'TURBOPACK',
  }
}

describe('the build step that moves the app chunk after the first paint', () => {
  it('leaves only Turbopack’s runtime in the citizen pages’ script tags', () => {
    const { manifest: changed, pages } = deferCitizenAppChunks(manifest())
    expect(pages).toBe(2)
    expect(changed.rootMainFilesTree).toEqual({
      '/(frontend)/[locale]/page': [RUNTIME],
      '/(frontend)/[locale]/services/[slug]/page': [RUNTIME],
    })
    // The admin and Next's own error page keep the default: their layouts have no loader.
    expect(changed.rootMainFiles).toEqual([APP, RUNTIME])
  })

  it('gives the same manifest when run twice', () => {
    const once = deferCitizenAppChunks(manifest()).manifest
    expect(deferCitizenAppChunks(once).manifest).toEqual(once)
  })

  it('refuses a manifest of another shape with a sentence, rather than break hydration', () => {
    const webpack = { ...manifest(), chunkLoadingGlobal: undefined }
    expect(() => deferCitizenAppChunks(webpack)).toThrow(ManifestShapeError)
    expect(() => deferCitizenAppChunks(webpack)).toThrow(/has Next\.js changed/)
    const noCitizenPage = { ...manifest(), pagesChunkGroupBootstrapParams: {} }
    expect(() => deferCitizenAppChunks(noCitizenPage)).toThrow(/no citizen page/)
    // A root file the page would still load that is not the runtime: the page's bootstrap
    // <script> would no longer be the runtime the app chunk registers with.
    const extra = { ...manifest(), rootMainFiles: ['static/chunks/other.js', APP, RUNTIME] }
    expect(() => deferCitizenAppChunks(extra)).toThrow(/other\.js/)
    const noList = manifest()
    ;(noList.pagesChunkGroupBootstrapParams['/(frontend)/[locale]/page'] as any).otherChunks = null
    expect(() => deferCitizenAppChunks(noList)).toThrow(/no list of chunks/)
  })
})

/** The inline script in a minimal browser: a head, timers, a paint observer, a mark. */
function browser({
  visibility = 'visible',
  entryTypes = ['largest-contentful-paint', 'paint'] as string[] | null,
  scriptsInPage = [] as string[],
} = {}) {
  const appended: string[] = []
  const timers: Array<{ ms: number; run: () => void }> = []
  const frames: Array<() => void> = []
  const marks: string[] = []
  const observers: Array<{ callback: () => void; type: string }> = []
  class FakeObserver {
    static supportedEntryTypes = entryTypes ?? []
    constructor(private callback: () => void) {}
    observe(options: { type: string }) {
      observers.push({ callback: this.callback, type: options.type })
    }
    disconnect() {}
  }
  const document = {
    visibilityState: visibility,
    head: { appendChild: (el: { src: string }) => appended.push(el.src) },
    createElement: () => ({ src: '', async: false }),
    querySelector: (selector: string) =>
      [...appended, ...scriptsInPage].some((src) => selector.includes(`"${src}"`)) ? {} : null,
    addEventListener: () => {},
  }
  const context: Record<string, unknown> = {
    document,
    performance: { mark: (name: string) => marks.push(name) },
    setTimeout: (run: () => void, ms: number) => timers.push({ run, ms }),
    requestAnimationFrame: (run: () => void) => frames.push(run),
    Array,
    Object,
  }
  if (entryTypes) context.PerformanceObserver = FakeObserver
  context.self = context
  vm.createContext(context)
  vm.runInContext(appScriptsAfterPaintScript, context)
  return {
    context,
    appended,
    marks,
    /** Next's chunk-group bootstrap at the end of <body>. */
    bootstrap: () =>
      vm.runInContext(
        `(globalThis.TURBOPACK || (globalThis.TURBOPACK = [])).push({"otherChunks":["${APP}"],"runtimeModuleIds":[494553]})`,
        context,
      ),
    paint: () => observers.forEach((o) => o.callback()),
    observed: () => observers.map((o) => o.type),
    timers,
    frames,
  }
}

describe('the inline script that adds the app chunk after the first paint', () => {
  it('adds the chunk once the largest content is painted, not before', () => {
    const page = browser()
    page.bootstrap()
    expect(page.observed()).toEqual(['largest-contentful-paint'])
    expect(page.appended).toEqual([])
    page.paint()
    expect(page.appended).toEqual([`/_next/${APP}`])
    expect(page.marks).toEqual([APP_SCRIPTS_MARK])
    page.paint()
    expect(page.appended).toHaveLength(1)
  })

  it('adds the chunk when the bootstrap comes after the paint (a page still streaming)', () => {
    const page = browser()
    page.paint()
    expect(page.appended).toEqual([])
    page.bootstrap()
    expect(page.appended).toEqual([`/_next/${APP}`])
  })

  it('passes every item on to Turbopack’s runtime, before and after it takes the queue', () => {
    const page = browser()
    vm.runInContext('TURBOPACK.push(["chunk-a"])', page.context)
    page.bootstrap()
    // The runtime reads the queue (an array), then replaces it with its own push.
    const seen = vm.runInContext(
      `var queued = Array.isArray(TURBOPACK) ? TURBOPACK.slice() : null;
       var later = [];
       TURBOPACK = { push: function (item) { later.push(item) } };
       TURBOPACK.push(["chunk-b"]);
       TURBOPACK.push({ otherChunks: ["static/chunks/late.js"], runtimeModuleIds: [] });
       ({ queued: queued, later: later })`,
      page.context,
    )
    expect(seen.queued).toHaveLength(2)
    expect(seen.later).toHaveLength(2)
    page.paint()
    expect(page.appended).toEqual([`/_next/${APP}`, '/_next/static/chunks/late.js'])
  })

  it('does not add a chunk the page already loads (a build without the step)', () => {
    const page = browser({ scriptsInPage: [`/_next/${APP}`] })
    page.bootstrap()
    page.paint()
    expect(page.appended).toEqual([])
  })

  it('does not wait for a paint a hidden page never reports', () => {
    const page = browser({ visibility: 'hidden' })
    page.bootstrap()
    expect(page.appended).toEqual([`/_next/${APP}`])
  })

  it('waits for the first contentful paint, or a frame, where the browser has no LCP', () => {
    const fcp = browser({ entryTypes: ['paint'] })
    fcp.bootstrap()
    expect(fcp.observed()).toEqual(['paint'])
    fcp.paint()
    expect(fcp.appended).toHaveLength(1)

    const old = browser({ entryTypes: null })
    old.bootstrap()
    expect(old.appended).toEqual([])
    old.frames.forEach((frame) => frame())
    old.timers.filter((t) => t.ms === 0).forEach((t) => t.run())
    expect(old.appended).toEqual([`/_next/${APP}`])
  })

  it(`adds the chunk after ${APP_SCRIPTS_FALLBACK_MS} ms when no paint is ever reported`, () => {
    const page = browser()
    page.bootstrap()
    const fallback = page.timers.find((t) => t.ms === APP_SCRIPTS_FALLBACK_MS)
    expect(fallback).toBeDefined()
    fallback!.run()
    expect(page.appended).toEqual([`/_next/${APP}`])
  })
})
