// Site settings and navigation. A global always exists (Payload returns its defaults), so
// "already seeded" means "saved at least once": then it is left as the city configured it.
import { navigation, siteSettings } from './data/site'
import { reportStep, SEED_WRITE, type SeedRun } from './seedRun'

async function wasSaved(run: SeedRun, slug: 'site-settings' | 'navigation'): Promise<boolean> {
  const global = await run.payload.findGlobal({ slug, depth: 0, overrideAccess: true })
  return Boolean(global.updatedAt)
}

/** Must run before any procedure: procedures check their e-office link against the allowlist. */
export async function seedSiteSettings(run: SeedRun): Promise<void> {
  const startedAt = Date.now()
  if (await wasSaved(run, 'site-settings')) {
    run.summary.skipped['site-settings'] = 1
    return reportStep(run, 'site-settings', 1, startedAt)
  }
  const { cityName, tagline, timezone, eOffice, contact } = siteSettings
  await run.payload.updateGlobal({
    slug: 'site-settings',
    locale: 'en',
    data: {
      cityName: cityName.en,
      tagline: tagline.en,
      timezone,
      eOffice: {
        baseUrl: eOffice.baseUrl,
        allowedHosts: eOffice.allowedHosts.map((host) => ({ host })),
      },
      contact: { phone: contact.phone, email: contact.email, address: contact.address.en },
    },
    ...SEED_WRITE,
  })
  await run.payload.updateGlobal({
    slug: 'site-settings',
    locale: 'es',
    data: {
      cityName: cityName.es,
      tagline: tagline.es,
      contact: { phone: contact.phone, email: contact.email, address: contact.address.es },
    },
    ...SEED_WRITE,
  })
  run.summary.created['site-settings'] = 1
  reportStep(run, 'site-settings', 1, startedAt)
}

export async function seedNavigation(run: SeedRun): Promise<void> {
  const startedAt = Date.now()
  if (await wasSaved(run, 'navigation')) {
    run.summary.skipped.navigation = 1
    return reportStep(run, 'navigation', 1, startedAt)
  }
  const english = await run.payload.updateGlobal({
    slug: 'navigation',
    locale: 'en',
    data: {
      header: navigation.header.map(({ label, href }) => ({ label: label.en, href })),
      footer: navigation.footer.map(({ label, href }) => ({ label: label.en, href })),
    },
    ...SEED_WRITE,
  })
  // The link lists are shared by both languages; only the labels are translated, so the
  // Spanish update sends the same rows (ids included) with Spanish labels.
  await run.payload.updateGlobal({
    slug: 'navigation',
    locale: 'es',
    data: {
      header: (english.header ?? []).map((row, i) => ({
        ...row,
        label: navigation.header[i].label.es,
      })),
      footer: (english.footer ?? []).map((row, i) => ({
        ...row,
        label: navigation.footer[i].label.es,
      })),
    },
    ...SEED_WRITE,
  })
  run.summary.created.navigation = 1
  reportStep(run, 'navigation', 1, startedAt)
}
