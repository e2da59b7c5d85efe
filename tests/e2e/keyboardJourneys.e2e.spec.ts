import crypto from 'node:crypto'
import { createRequire } from 'node:module'

import {
  expect,
  test,
  type Browser,
  type CDPSession,
  type Locator,
  type Page,
} from '@playwright/test'

import { baseURL } from '../../playwright.config'

// The city app's seven everyday journeys done as a keyboard-only user does them (Tab,
// Shift+Tab, Enter, Space, arrows, Escape; never a click), on a phone and a desktop, in both
// languages. Every focus stop on the way must show a focus indicator (2 px or more, 3:1
// against what is around it) and must not be hidden under another element (WCAG 2.2 2.4.7,
// 2.4.11); every page reached passes axe (WCAG 2.2 AA) and has one h1 and the landmarks a
// screen reader user jumps between; results, dismissed alerts and notification outcomes are
// said by live regions. The Tab presses each journey took are printed after it.
//
// Lean by design (CI's time is counted): four visitors (each language on a phone and on a
// desktop), each with their own browser context kept from one journey to the next, take
// each journey side by side; each page is audited once per visitor; the header's stops are
// walked in the first journey and the skip link used after that, as a keyboard user does.
// Nothing is left behind for other specs: the push subscription made is removed again, and
// a dismissed alert is only remembered in the visitor's own browser.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const DESKTOP = 1280
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: DESKTOP, height: 800 },
]
const LOCALES = ['en', 'es'] as const
type Locale = (typeof LOCALES)[number]
/** No walk between two stops of a journey should take more presses than this. */
const MAX_TABS = 40

const T = {
  en: {
    search: 'library',
    addToCalendar: 'Add to calendar',
    found: /\d+ services? found/,
    dates: /\d+ dates? found|1 date found/,
    dismissed: /^Alert dismissed: /,
    turnOn: 'Turn on notifications',
    stop: 'Stop notifications',
    subscribed: 'Done: this device will be notified.',
    stopped: 'Notifications are off for this device.',
    failedPush: /^That did not work: the browser could not set up notifications/,
    distance: /, (\d+ m|[\d.]+ km) away$/,
  },
  es: {
    search: 'biblioteca',
    addToCalendar: 'Añadir al calendario',
    found: /\d+ servicios? encontrados?/,
    dates: /\d+ fechas? encontradas?/,
    dismissed: /^Aviso cerrado: /,
    turnOn: 'Activar avisos',
    stop: 'Dejar de recibir avisos',
    subscribed: 'Hecho: este dispositivo recibirá avisos.',
    stopped: 'Los avisos están desactivados en este dispositivo.',
    failedPush: /^No ha funcionado: el navegador no ha podido activar los avisos/,
    distance: /, a (\d+ m|[\d,]+ km)$/,
  },
} as const

/**
 * Run in the page after each key press: where focus is, and what is wrong with how it shows.
 * The indicator is the outline or a box-shadow ring of 2 px or more whose colour has 3:1
 * contrast with the background around the element; "hidden" means the element found at the
 * centre of its first line box is neither it nor inside it.
 */
async function focusProbe(
  settle: boolean,
): Promise<{ at: boolean; problem: string; where: string }> {
  // A Tab press has moved focus and scrolled it into view by the time it returns. Script
  // work (a popup opening, a status changing) settles on the next frames.
  if (settle) await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
  // With reduced motion every style change is a 0.01 ms transition (the site's styles.css):
  // ended here, so the focus ring is read as shown rather than as it starts.
  for (const animation of document.getAnimations())
    if (Number(animation.effect?.getTiming().duration) < 1) animation.finish()
  const el = document.activeElement as HTMLElement | null
  const target = document.querySelector('[data-kb-target]')
  const at = Boolean(target && el === target)
  if (!el || el === document.body || el === document.documentElement)
    return { at, problem: 'focus is on <body>', where: 'body' }
  // Where a skip link or a dismissed alert sends focus: the start of reading, not a control.
  if (el.matches('main')) return { at, problem: '', where: 'main' }
  const where =
    `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}` +
    ` "${(el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 40)}"`
  const rgb = (text: string) => {
    const m = text.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/)
    return m ? { c: [+m[1], +m[2], +m[3]], a: m[4] === undefined ? 1 : +m[4] } : null
  }
  const lum = (c: number[]) => {
    const [r, g, b] = c.map((v) => {
      const s = v / 255
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const contrast = (a: number[], b: number[]) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p)
    return (x + 0.05) / (y + 0.05)
  }
  let background = [255, 255, 255]
  for (let node = el.parentElement; node; node = node.parentElement) {
    const bg = rgb(getComputedStyle(node).backgroundColor)
    if (bg && bg.a > 0.5) {
      background = bg.c
      break
    }
  }
  const style = getComputedStyle(el)
  const rings: { color: number[]; width: number }[] = []
  const outline = rgb(style.outlineColor)
  if (style.outlineStyle !== 'none' && outline && outline.a > 0.5)
    rings.push({ color: outline.c, width: parseFloat(style.outlineWidth) })
  for (const m of style.boxShadow.matchAll(
    /(rgba?\([^)]*\))\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+([\d.]+)px(?:\s+(-?[\d.]+)px)?/g,
  )) {
    const color = rgb(m[1])
    const width = Math.max(Math.abs(+m[2]), Math.abs(+m[3]), +(m[5] ?? 0))
    if (color && color.a > 0.5) rings.push({ color: color.c, width })
  }
  const visible = rings.some((r) => r.width >= 2 && contrast(r.color, background) >= 3)
  if (!visible)
    return { at, where, problem: `no focus indicator of 2 px and 3:1 (${JSON.stringify(rings)})` }
  const box = el.getClientRects()[0] ?? el.getBoundingClientRect()
  if (box.width < 1 || box.height < 1) return { at, where, problem: 'focused element has no size' }
  const x = box.left + box.width / 2
  const y = box.top + box.height / 2
  if (x < 0 || y < 0 || x > innerWidth || y > innerHeight)
    return { at, where, problem: 'focused element is off screen' }
  const hit = document.elementFromPoint(x, y)
  if (!hit || !(hit === el || el.contains(hit)))
    return { at, where, problem: `hidden under ${hit?.tagName.toLowerCase()}.${hit?.className}` }
  return { at, where, problem: '' }
}

/** Tab presses per journey, printed after each test (before/after figures for the report). */
const tabCounts: Record<string, number> = {}

/** Checks where focus is now; returns whether it is on the marked target. */
async function probe(page: Page, step: string, settle = true): Promise<boolean> {
  const { at, problem, where } = await page.evaluate(focusProbe, settle)
  expect.soft(problem, `${step}: focus on ${where}`).toBe('')
  return at
}

/** Each visitor's DevTools session, for Tab presses in one round trip rather than two. */
const devtools = new WeakMap<Page, CDPSession>()

/** Tab or Shift+Tab: key down and key up sent together (Chromium handles them in order). */
async function pressTab(page: Page, shift: boolean) {
  const session = devtools.get(page)
  if (!session) return page.keyboard.press(shift ? 'Shift+Tab' : 'Tab')
  const key = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, modifiers: shift ? 8 : 0 }
  await Promise.all([
    session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key }),
    session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key }),
  ])
}

/** Presses Tab (or Shift+Tab) until `target` has focus, checking every stop on the way. */
async function tabTo(page: Page, journey: string, target: Locator, shift = false, max = MAX_TABS) {
  await target.first().evaluate(
    (el) => {
      document.querySelector('[data-kb-target]')?.removeAttribute('data-kb-target')
      el.setAttribute('data-kb-target', '')
    },
    undefined,
    { timeout: 5_000 },
  )
  for (let i = 1; i <= max; i++) {
    await pressTab(page, shift)
    tabCounts[journey] = (tabCounts[journey] ?? 0) + 1
    if (await probe(page, `${journey}, Tab ${tabCounts[journey]}`, false)) return
  }
  throw new Error(`${journey}: ${max} Tab presses did not reach ${target}`)
}

/** On a page just opened: the skip link is the first stop, and leads into the main content. */
async function skipToMain(page: Page, journey: string) {
  await tabTo(page, journey, page.locator('a.skip-link'), false, 1)
  await page.keyboard.press('Enter')
  await expect.soft(focused(page), `${journey}: skip link`).toHaveId('main')
}

/**
 * axe-core (the copy @axe-core/playwright bundles) run in the page with the tags the other
 * specs give AxeBuilder, which is not used here: at each analysis it evaluates the 0.5 MB
 * source twice and opens a blank page to merge the results of frames (these pages have
 * none), most of an audit's time on a busy machine. Only violations are collected in full.
 */
const { source: axeSource } = createRequire(import.meta.resolve('@axe-core/playwright'))(
  'axe-core',
) as { source: string }

interface AxeInPage {
  run(
    context: Document,
    options: object,
  ): Promise<{
    violations: { id: string; impact?: string | null; nodes: { target: string[] }[] }[]
  }>
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource)
  return page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: AxeInPage }
    const { violations } = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    })
    return violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    )
  }, TAGS)
}

/**
 * One h1 and the landmarks a screen reader lists, read from the markup in one call (the
 * site's landmarks are its HTML elements: a header or footer is a banner or contentinfo
 * only outside sectioning content; the menu's navigation may be closed); then axe.
 */
async function expectSoundPage(page: Page, name: string) {
  const structure = await page.evaluate(() => {
    const count = (selector: string, topLevel = false) =>
      [...document.querySelectorAll(selector)].filter(
        (el) => !topLevel || !el.parentElement?.closest('article, aside, main, nav, section'),
      ).length
    return {
      h1: count('h1'),
      banner: count('header, [role="banner"]', true),
      main: count('main, [role="main"]'),
      contentinfo: count('footer, [role="contentinfo"]', true),
      navigation: count('nav, [role="navigation"]') > 0,
    }
  })
  expect
    .soft(structure, `${name}: h1 and landmarks`)
    .toEqual({ h1: 1, banner: 1, main: 1, contentinfo: 1, navigation: true })
  expect.soft(await axeViolations(page), `${name}: axe`).toEqual([])
}

/**
 * Follows a link of the main navigation, through the Menu disclosure on a phone; `back`
 * when focus is already past the header (Shift+Tab up to it, as a keyboard user does).
 */
async function viaNav(page: Page, journey: string, locale: Locale, path: string, back = false) {
  const menu = page.locator('summary.site-menu__toggle')
  const link = page.locator(`.main-nav a[href="/${locale}${path}"]`)
  if (await menu.isVisible()) {
    await tabTo(page, journey, menu, back)
    await page.keyboard.press('Enter')
    await tabTo(page, journey, link)
  } else await tabTo(page, journey, link, back)
  await Promise.all([page.waitForURL(`**/${locale}${path}`), page.keyboard.press('Enter')])
}

async function enterAndWait(page: Page, url: string | RegExp | ((u: URL) => boolean)) {
  await Promise.all([page.waitForURL(url), page.keyboard.press('Enter')])
}

const focused = (page: Page) => page.locator(':focus')

// Printed after each test, so a failed journey still reports how far it got.
test.afterEach(() => {
  for (const [journey, count] of Object.entries(tabCounts)) {
    console.log(`Tab presses: ${journey}: ${count}`)
    delete tabCounts[journey]
  }
})

interface Visitor {
  page: Page
  locale: Locale
  t: (typeof T)[Locale]
  width: number
  /** A journey's name with this visitor's language and width (messages, Tab counts). */
  name: (journey: string) => string
  /** The page's structure and axe, once per page for this visitor. */
  audit: (what: string) => Promise<void>
}

/** One visitor's browser: a phone or a desktop, without smooth scrolling or animations. */
async function openVisitor(
  browser: Browser,
  locale: Locale,
  viewport: { width: number; height: number },
): Promise<Visitor> {
  // The site's service worker is left out: it would precache pages in each context, and
  // the push it serves is stubbed anyway.
  const context = await browser.newContext({
    baseURL,
    viewport,
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  })
  const page = await context.newPage()
  // The e-office (and any map tiles) are other sites: answered here, so journeys can end there.
  const local = new URL(baseURL).host
  await page.route(
    (url) => url.host !== local,
    (route) => route.fulfill({ contentType: 'text/html', body: '<title>e-office</title>' }),
  )
  await stubPush(page)
  devtools.set(page, await context.newCDPSession(page))
  const audited = new Set<string>()
  const name = (journey: string) => `${journey} ${locale} ${viewport.width}`
  return {
    page,
    locale,
    t: T[locale],
    width: viewport.width,
    name,
    audit: async (what) => {
      if (audited.has(what)) return
      audited.add(what)
      await expectSoundPage(page, name(what))
    },
  }
}

async function procedure({ page, locale, name, audit }: Visitor) {
  const journey = name('procedure')
  await page.goto(`/${locale}/procedures/register-certificate`)
  await audit('procedure')
  // The only walk from the top of a page through the header and the alert banner: every
  // stop in them is checked here once.
  const start = page.locator('a.button--start')
  await tabTo(page, journey, start)
  await enterAndWait(page, (await start.getAttribute('href'))!)
}

async function nearMe({ page, locale, t, name, audit }: Visitor) {
  const journey = name('near me')
  await page.goto(`/${locale}/services/near`)
  await skipToMain(page, journey)
  const district = page.locator('select#district')
  await tabTo(page, journey, district)
  const steps = await district.evaluate((el: HTMLSelectElement) =>
    [...el.options].findIndex((o) => o.value === 'ciutat-vella'),
  )
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown')
  await expect(district).toHaveValue('ciutat-vella')
  await tabTo(page, journey, page.locator('form.near-form button[type="submit"]'))
  await enterAndWait(page, /district=ciutat-vella/)
  // Focus goes to the results heading, and their number is announced.
  await expect.soft(focused(page), `${journey}: results heading`).toHaveId('results-heading')
  await expect.soft(page.locator('#results [role="status"]')).toHaveText(t.found)
  const items = page.locator('#results .near-results__item')
  await tabTo(page, journey, items.first().getByRole('link'))

  // The accessibility tree lists the services as the screen shows them, in order.
  const shown = (await items.locator('.near-results__title a').allInnerTexts()).map((s) => s.trim())
  const snapshot = await page.locator('#results ol.near-results').ariaSnapshot()
  const spoken = [...snapshot.matchAll(/- link "([^"]+)"/g)].map((m) => m[1])
  expect.soft(spoken, `${journey}: aria snapshot`).toEqual(shown)
  // Markers: named with the number, the service and its distance.
  const markers = page.locator('#results .near-map__marker')
  await expect(markers).toHaveCount(shown.length)
  const names = await markers.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))
  names.forEach((label, i) => {
    expect.soft(label, `${journey}: marker ${i + 1}`).toContain(`${i + 1}. ${shown[i]}`)
    expect.soft(label, `${journey}: marker ${i + 1}`).toMatch(t.distance)
  })

  // Enter opens a popup with focus inside; Tab leads on to the next marker, uncovered.
  const popup = page.locator('.leaflet-popup')
  await tabTo(page, journey, markers.nth(0))
  await page.keyboard.press('Enter')
  await expect(popup).toHaveCount(1)
  await expect.soft(focused(page), `${journey}: popup link`).toHaveText(/^1\. /)
  await probe(page, `${journey}: popup link`)
  await tabTo(page, journey, markers.nth(1))
  await expect.soft(popup, `${journey}: popup closed`).toHaveCount(0)
  // Escape closes the popup and gives focus back to its marker.
  await page.keyboard.press('Enter')
  await expect(popup).toHaveCount(1)
  await page.keyboard.press('Escape')
  await expect.soft(popup, `${journey}: Escape`).toHaveCount(0)
  await expect.soft(focused(page), `${journey}: Escape`).toHaveClass(/near-map__marker/)
  // So does its close button (named in the page's language).
  await page.keyboard.press('Enter')
  const close = page.locator('.leaflet-popup-close-button')
  await tabTo(page, journey, close)
  if (locale === 'es') await expect.soft(close).toHaveAccessibleName('Cerrar')
  await page.keyboard.press('Enter')
  await expect.soft(popup, `${journey}: close`).toHaveCount(0)
  await expect.soft(focused(page), `${journey}: close`).toHaveClass(/near-map__marker/)
  await probe(page, `${journey}: after close`)
  // The zoom controls speak the page's language.
  const zoomIn = page.locator('.leaflet-control-zoom-in')
  await expect.soft(zoomIn).toHaveAccessibleName(locale === 'en' ? 'Zoom in' : 'Acercar')
  await tabTo(page, journey, zoomIn)
  // Audited last: the list, the map and its controls, with the popups closed again.
  await audit('near me')
}

async function transit({ page, locale, name, audit }: Visitor) {
  const journey = name('transit')
  await page.goto(`/${locale}/transit`)
  await audit('transit')
  await skipToMain(page, journey)
  await tabTo(page, journey, page.locator('main .transit-lines a').first())
  await enterAndWait(page, /\/transit\/lines\//)
  await audit('transit line')
  await skipToMain(page, journey)
  await tabTo(page, journey, page.locator('main a[href*="/transit/stops/"]').first())
  await enterAndWait(page, /\/transit\/stops\//)
  await audit('transit stop')
  // The date offered is one the timetable covers, and the page says which those are.
  const date = page.locator('#timetable-date')
  const [value, min, max] = await date.evaluate((el: HTMLInputElement) => [
    el.value,
    el.min,
    el.max,
  ])
  expect.soft(value >= min && value <= max, `${journey}: ${value} in ${min}–${max}`).toBe(true)
  await expect.soft(page.locator('#timetable-validity')).toBeVisible()
  await expect.soft(date).toHaveAttribute('aria-describedby', 'timetable-validity')
  await skipToMain(page, journey)
  await tabTo(page, journey, date)
  await tabTo(page, journey, page.locator('form.transit-date button'))
  await enterAndWait(page, /date=\d{4}-\d{2}-\d{2}/)
  await expect(page.locator('#timetable table caption, #timetable p').first()).toBeVisible()
  await expect.soft(page.locator('#timetable [role="alert"]')).toHaveCount(0)
}

async function alerts({ page, locale, t, name, audit }: Visitor) {
  const journey = name('alerts')
  await page.goto(`/${locale}`)
  await audit('home')
  // Whichever alert the banner shows first (none is named: the seeded ones come and go).
  await tabTo(page, journey, page.locator('.alert-banner__dismiss'))
  await page.keyboard.press('Enter')
  // Announced, and focus stays in the page rather than falling to <body>.
  await expect.soft(page.locator('[data-alert-status]')).toHaveText(t.dismissed)
  await probe(page, `${journey}: after dismissing`)
  // Focus is now on the next alert in the banner (or the content), below the header: back
  // up to the menu.
  await viaNav(page, journey, locale, '/alerts', true)
  await audit('alerts')
  await skipToMain(page, journey)
  await tabTo(page, journey, page.locator(`main section[aria-labelledby^="alerts-"] a`))
  await enterAndWait(page, new RegExp(`/${locale}/alerts/[^/]+$`))
  await audit('alert')
}

async function agenda({ page, locale, t, name, audit }: Visitor) {
  const journey = name('agenda')
  await page.goto(`/${locale}/agenda`)
  await skipToMain(page, journey)
  await tabTo(page, journey, page.locator('form.agenda-form button[type="submit"]'))
  await enterAndWait(page, /\/agenda\?/)
  await expect.soft(focused(page), `${journey}: results heading`).toHaveId('agenda-results')
  await expect.soft(page.locator('#agenda-results ~ [role="status"]')).toHaveText(t.dates)
  await audit('agenda')
  const event = page.locator(
    `section[aria-labelledby="agenda-results"] a[href^="/${locale}/agenda/"]:not([href$=".ics"])`,
  )
  await tabTo(page, journey, event)
  await enterAndWait(page, new RegExp(`/${locale}/agenda/[^/?]+$`))
  await audit('event')
  const add = page.locator('main a[download][href$=".ics"]')
  await skipToMain(page, journey)
  await tabTo(page, journey, add)
  await expect(add).toContainText(t.addToCalendar)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ])
  expect(download.suggestedFilename()).toMatch(/\.ics$/)
}

async function search({ page, locale, t, name, audit }: Visitor) {
  const journey = name('search')
  await page.goto(`/${locale}`)
  await audit('home')
  await tabTo(page, journey, page.locator('#site-search'))
  await page.keyboard.type(t.search)
  await enterAndWait(page, /\/search\?q=/)
  // Focus on the heading that says how many results there are: read out first.
  await expect.soft(focused(page), `${journey}: results heading`).toHaveId('search-results-heading')
  await expect(page.locator('#search-results-heading')).toHaveText(/\d/)
  await audit('search')
  const hit = page.locator('.search-results__hit a').first()
  const href = (await hit.getAttribute('href'))!
  await tabTo(page, journey, hit)
  await enterAndWait(page, (url) => url.pathname === href.split('?')[0].split('#')[0])
  await audit('search result')
}

async function notifyMe({ page, locale, t, name, audit }: Visitor) {
  const journey = name('notify')
  await page.goto(`/${locale}`)
  await audit('home')
  await viaNav(page, journey, locale, '/my/notifications')
  await audit('my e-office')
  await viaNav(page, journey, locale, '/notifications')
  const turnOn = page.getByRole('button', { name: t.turnOn })
  await expect(turnOn).toBeVisible()
  await audit('notify me')
  const status = page.locator('form.notify [role="status"]')
  await skipToMain(page, journey)
  await tabTo(page, journey, turnOn)
  // The browser's refusal (stubbed: the first request fails) is said in the page's language,
  // and focus stays on the button while it works.
  await page.keyboard.press('Enter')
  await expect.soft(status).toHaveText(t.failedPush)
  await probe(page, `${journey}: after a failure`)
  await page.keyboard.press('Enter')
  await expect.soft(status).toHaveText(t.subscribed)
  await probe(page, `${journey}: after turning on`)
  await tabTo(page, journey, page.getByRole('button', { name: t.stop }))
  await page.keyboard.press('Enter')
  await expect.soft(status).toHaveText(t.stopped)
  await probe(page, `${journey}: after stopping`)
  await expect.soft(focused(page)).toHaveText(t.turnOn)
}

const STATEMENT = {
  en: [/WCAG\) 2\.2 level AA/, /with the keyboard only/, /Map tiles: /, /accesibilidad@/],
  es: [/WCAG\) 2\.2 nivel AA/, /solo con el teclado/, /Teselas de los mapas: /, /accesibilidad@/],
} as const

async function statement({ page, locale, audit }: Visitor) {
  expect((await page.goto(`/${locale}/accessibility`))?.status()).toBe(200)
  for (const text of STATEMENT[locale]) await expect(page.locator('main')).toContainText(text)
  await audit('statement')
}

/** Each visitor takes the journey; all of them finish, and every one that stopped is named. */
async function alongside(visitors: Visitor[], journey: (visitor: Visitor) => Promise<void>) {
  const outcomes = await Promise.allSettled(visitors.map(journey))
  const stopped = outcomes.flatMap((outcome, i) =>
    outcome.status === 'rejected'
      ? [`${visitors[i].name('')}: ${(outcome.reason as Error)?.message ?? outcome.reason}`]
      : [],
  )
  expect(stopped, 'journeys that could not go on').toEqual([])
}

// Hundreds of key presses in four contexts: a trace, even one kept only on failure, cost more
// than the journeys. A failure names the journey, the visitor and the focus stop instead.
test.use({ trace: 'off' })

test.describe('by keyboard, on a phone and a desktop, in both languages', () => {
  // Four journeys at once: more than the 60 s a test usually gets.
  test.describe.configure({ timeout: 180_000 })
  let visitors: Visitor[] = []
  test.beforeAll(async ({ browser }) => {
    visitors = await Promise.all(
      LOCALES.flatMap((locale) =>
        VIEWPORTS.map((viewport) => openVisitor(browser, locale, viewport)),
      ),
    )
  })
  test.afterAll(async () => {
    await Promise.all(visitors.map(({ page }) => page.context().close()))
  })

  test('a procedure, then Start online', () => alongside(visitors, procedure))
  test('services near me, their map and its popups', () => alongside(visitors, nearMe))
  test('a transit line, then a stop timetable', () => alongside(visitors, transit))
  test('alerts: dismiss one, then read the first listed', () => alongside(visitors, alerts))
  test('the agenda, an event, then add it to a calendar', () => alongside(visitors, agenda))
  test('search from the header, then a result', () => alongside(visitors, search))
  test('my e-office, then "Notify me": turn on, then stop', () => alongside(visitors, notifyMe))
  test('the accessibility statement says how it is tested, its exceptions and whom to tell', () =>
    // The same page at both widths: read on the desktop.
    alongside(
      visitors.filter((visitor) => visitor.width === DESKTOP),
      statement,
    ))
})

/**
 * Headless Chromium has no push service: on the "Notify me" page only, the PushManager is
 * stubbed (as in notifications.e2e.spec.ts), its first subscribe() refusing as Chromium does,
 * in English. Elsewhere the site's own service worker is left as a visitor has it.
 */
async function stubPush(page: Page) {
  const ecdh = crypto.createECDH('prime256v1')
  ecdh.generateKeys()
  const sub = {
    endpoint: `https://fcm.googleapis.com/fcm/send/e2e-kb-${crypto.randomUUID()}`,
    keys: {
      p256dh: ecdh.getPublicKey().toString('base64url'),
      auth: crypto.randomBytes(16).toString('base64url'),
    },
  }
  await page.addInitScript((sub) => {
    if (!/^\/[a-z]{2}\/notifications$/.test(location.pathname)) return
    let current: unknown = null
    let calls = 0
    const subscription = {
      endpoint: sub.endpoint,
      toJSON: () => ({ endpoint: sub.endpoint, expirationTime: null, keys: sub.keys }),
      unsubscribe: async () => {
        current = null
        return true
      },
    }
    const registration = {
      pushManager: {
        getSubscription: async () => current,
        subscribe: async () => {
          if (calls++ === 0)
            throw new DOMException('Registration failed - permission denied', 'AbortError')
          current = subscription
          return subscription
        },
      },
    }
    Object.defineProperty(navigator, 'serviceWorker', {
      value: { ready: Promise.resolve(registration) },
    })
  }, sub)
}
