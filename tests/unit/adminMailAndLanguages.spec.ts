import { describe, expect, it } from 'vitest'

import { adminLanguages } from '@/lib/i18n/adminLanguages'
import { emailAdapterFromEnv, smtpOptionsFromUrl } from '@/lib/mail/emailFromEnv'

describe('PLAZA_SMTP_URL', () => {
  it('reads host, port, TLS and credentials', () => {
    expect(smtpOptionsFromUrl('smtp://mailer:s%40cret@mail.example.org:2525')).toEqual({
      host: 'mail.example.org',
      port: 2525,
      secure: false,
      auth: { user: 'mailer', pass: 's@cret' },
    })
    expect(smtpOptionsFromUrl('smtps://mail.example.org')).toEqual({
      host: 'mail.example.org',
      port: 465,
      secure: true,
    })
  })

  it('refuses anything but smtp:// and smtps:// with a clear sentence', () => {
    expect(() => smtpOptionsFromUrl('http://mail.example.org')).toThrow(/smtp:\/\//)
    expect(() => smtpOptionsFromUrl('not a url')).toThrow(/PLAZA_SMTP_URL/)
  })

  it('configures no adapter when unset, so nothing is sent', () => {
    expect(emailAdapterFromEnv({})).toBeUndefined()
    expect(emailAdapterFromEnv({ PLAZA_SMTP_URL: 'smtp://127.0.0.1:2525' })).toBeTypeOf('function')
  })
})

describe('admin languages', () => {
  it('offers each site language Payload translates, and English always', () => {
    expect(Object.keys(adminLanguages(['es'])).sort()).toEqual(['en', 'es'])
    expect(Object.keys(adminLanguages(['en', 'es', 'ca'])).sort()).toEqual(['ca', 'en', 'es'])
    expect(Object.keys(adminLanguages(['xx']))).toEqual(['en'])
  })
})
