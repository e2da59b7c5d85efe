import { describe, expect, it } from 'vitest'

import { negotiateLocale } from '@/lib/i18n/locales'
import { safePreviewPath } from '@/lib/preview/previewPath'
import { slugify } from '@/lib/text/slugify'

describe('negotiateLocale', () => {
  it.each([
    [null, 'en'],
    ['es-ES,es;q=0.9,en;q=0.8', 'es'],
    ['fr-FR, en;q=0.5', 'en'],
    ['de, es;q=0.1', 'es'],
    ['en;q=0.2, es;q=0.9', 'es'],
    ['*', 'en'],
    ['es;q=0', 'en'],
  ])('%s → %s', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale)
  })
})

describe('slugify', () => {
  it('folds accents and punctuation', () => {
    expect(slugify('Certificado de Empadronamiento')).toBe('certificado-de-empadronamiento')
    expect(slugify('  Pago de multas: ¡tráfico! ')).toBe('pago-de-multas-trafico')
  })
})

describe('safePreviewPath', () => {
  it.each(['/en/services/library', '/es/procedures/register-certificate', '/en'])(
    'accepts %s',
    (path) => {
      expect(safePreviewPath(path)).toBe(path)
    },
  )

  it.each([
    null,
    '',
    'https://evil.example/',
    '//evil.example/x',
    '/fr/x',
    '/en\\..\\x',
    '/en/<script>',
    'en/x',
  ])('refuses %s', (path) => {
    expect(safePreviewPath(path)).toBeNull()
  })
})
