import type { Localized } from '../localized'

export const DEMO_TIME_ZONE = 'Europe/Madrid'
/** Villamar's latitude: north of the equator, so December is winter in its weather alerts. */
export const DEMO_CITY_LATITUDE = 39.4699

export const EOFFICE_HOST = 'eoffice.plaza.example'

export const siteSettings = {
  cityName: { en: 'Villamar', es: 'Villamar' } satisfies Localized,
  tagline: {
    en: 'Villamar City Council',
    es: 'Ayuntamiento de Villamar',
  } satisfies Localized,
  timezone: DEMO_TIME_ZONE,
  eOffice: { baseUrl: `https://${EOFFICE_HOST}`, allowedHosts: [EOFFICE_HOST] },
  contact: {
    phone: '010',
    email: 'info@villamar.example',
    address: {
      en: 'City Hall, Plaza del Ayuntamiento 1, 46002 Villamar, Spain',
      es: 'Ayuntamiento, Plaza del Ayuntamiento 1, 46002 Villamar',
    } satisfies Localized,
  },
}

export interface NavigationLinkSeed {
  label: Localized
  /** A path inside the site, without the language prefix. */
  href: string
}

export const navigation: { header: NavigationLinkSeed[]; footer: NavigationLinkSeed[] } = {
  header: [
    { label: { en: 'Procedures', es: 'Trámites' }, href: '/procedures' },
    { label: { en: 'Services', es: 'Servicios' }, href: '/services' },
    { label: { en: 'Topics', es: 'Temas' }, href: '/topics' },
    { label: { en: 'Agenda', es: 'Agenda' }, href: '/agenda' },
    { label: { en: 'Alerts', es: 'Avisos' }, href: '/alerts' },
    { label: { en: 'Transport', es: 'Transporte' }, href: '/transit' },
  ],
  footer: [
    { label: { en: 'About Villamar', es: 'Sobre Villamar' }, href: '/about' },
    { label: { en: 'Accessibility', es: 'Accesibilidad' }, href: '/accessibility' },
    { label: { en: 'Privacy', es: 'Privacidad' }, href: '/privacy' },
    { label: { en: 'Register certificate', es: 'Certificado de empadronamiento' }, href: '/procedures/register-certificate' },
    { label: { en: 'Recycling points', es: 'Ecoparques' }, href: '/services/ecoparques' },
  ],
}
