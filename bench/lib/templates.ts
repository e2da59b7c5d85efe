// One page of every citizen page template on a running site, for bench/firstLoadJs.ts and
// bench/lighthouse.ts. Detail pages are found through the first link of their list page, so
// the bench follows whatever the seed (or a real city) published.
export interface TemplatePage {
  template: string
  /** null when the site has no such page (e.g. no timetable imported). */
  path: string | null
  /** The map page has its own budget. */
  map: boolean
}

async function firstLink(base: string, listPath: string, pattern: RegExp): Promise<string | null> {
  const html = await (await fetch(`${base}${listPath}`)).text()
  for (const match of html.matchAll(/href="([^"#?]+)"/g)) {
    if (pattern.test(match[1])) return match[1]
  }
  return null
}

export async function templatePages(base: string, locale = 'en'): Promise<TemplatePage[]> {
  const l = `/${locale}`
  const line = await firstLink(base, `${l}/transit`, /\/transit\/lines\/[^/]+$/)
  const stop = line ? await firstLink(base, line, /\/transit\/stops\/[^/]+$/) : null
  const pages: Array<[string, string | null]> = [
    ['home', l],
    ['list', `${l}/services`],
    ['service', await firstLink(base, `${l}/services`, /\/services\/(?!near$)[a-z0-9-]+$/)],
    ['procedure', await firstLink(base, `${l}/procedures`, /\/procedures\/[a-z0-9-]+$/)],
    ['agenda', `${l}/agenda`],
    ['event', await firstLink(base, `${l}/agenda`, /\/agenda\/(?!topics\/)[a-z0-9-]+$/)],
    ['alerts', `${l}/alerts`],
    ['near me', `${l}/services/near`],
    ['transit', `${l}/transit`],
    ['transit line', line],
    ['transit stop', stop],
    ['search', `${l}/search?q=library`],
    ['notify me', `${l}/notifications`],
    ['saved', `${l}/saved`],
  ]
  return pages.map(([template, path]) => ({ template, path, map: template === 'near me' }))
}
