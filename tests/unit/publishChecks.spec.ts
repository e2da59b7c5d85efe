import { describe, expect, it } from 'vitest'

import {
  altProblem,
  blocking,
  longSentenceIssues,
  missingTranslationIssues,
  richTextIssues,
} from '@/lib/editorial/publishChecks'

const text = (value: string) => ({ type: 'text', text: value })
const heading = (tag: string, value = 'Heading') => ({
  type: 'heading',
  tag,
  children: [text(value)],
})
const link = (value: string, url = 'https://example.org/') => ({
  type: 'link',
  fields: { url, linkType: 'custom' },
  children: value ? [text(value)] : [],
})
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children })
const doc = (...children: unknown[]) => ({ root: { type: 'root', children } })
const image = (value: unknown) => ({ type: 'upload', relationTo: 'media', value })
const rules = (issues: { rule: string }[]) => issues.map((issue) => issue.rule)

describe('richTextIssues', () => {
  it('finds nothing wrong in a well-formed body', () => {
    const body = doc(
      heading('h2'),
      paragraph(text('Bring your '), link('identity card checklist')),
      heading('h3'),
      heading('h2'),
      image({ id: 1, alt: 'The town hall’s main entrance', mimeType: 'image/jpeg' }),
    )
    expect(richTextIssues(body, { path: 'body' })).toEqual([])
  })

  it('refuses a heading that skips a level, counting the title as h1', () => {
    expect(rules(richTextIssues(doc(heading('h3')), { path: 'body' }))).toEqual(['heading-skip'])
    const issues = richTextIssues(doc(heading('h2'), heading('h4', 'Fees')), { path: 'body' })
    expect(issues).toMatchObject([{ severity: 'error', rule: 'heading-skip', path: 'body' }])
    expect(issues[0].message).toContain('Fees')
  })

  it('refuses empty links and warns about vague link text in English and Spanish', () => {
    const body = doc(
      paragraph(link('')),
      paragraph(link('  ')),
      paragraph(link('Click here')),
      paragraph(link('more…')),
      paragraph(link('Aquí')),
      paragraph(link('más')),
      paragraph(link('Leer más.')),
      paragraph(link('Read more about parking permits')),
    )
    const issues = richTextIssues(body, { path: 'body' })
    expect(issues.map((i) => [i.rule, i.severity])).toEqual([
      ['link-empty', 'error'],
      ['link-empty', 'error'],
      ['link-vague', 'warning'],
      ['link-vague', 'warning'],
      ['link-vague', 'warning'],
      ['link-vague', 'warning'],
      ['link-vague', 'warning'],
    ])
  })

  it('checks images’ alternative text, populated or looked up by id', () => {
    const altById = new Map<string, string | null>([
      ['7', 'IMG_2041.JPG'],
      ['8', ''],
      ['9', 'Volunteers planting trees in the park'],
    ])
    const body = doc(image(7), image(8), image(9), image({ id: 3, alt: 'photo' }))
    expect(
      richTextIssues(body, { path: 'body', altById }).map((i) => [i.rule, i.severity]),
    ).toEqual([
      ['image-alt-meaningless', 'warning'],
      ['image-alt-missing', 'error'],
      ['image-alt-meaningless', 'warning'],
    ])
  })

  it('ignores a non-image upload and an empty value', () => {
    expect(
      richTextIssues(doc(image({ id: 1, mimeType: 'application/pdf' })), { path: 'b' }),
    ).toEqual([])
    expect(richTextIssues(null, { path: 'b' })).toEqual([])
  })
})

describe('altProblem', () => {
  it('tells missing, meaningless and meaningful texts apart', () => {
    expect(altProblem(undefined)).toBe('missing')
    expect(altProblem(' ')).toBe('missing')
    expect(altProblem('Imagen')).toBe('meaningless')
    expect(altProblem('DSC_0042')).toBe('meaningless')
    expect(altProblem('banner final.png')).toBe('meaningless')
    expect(altProblem('Mapa del barrio del Carmen')).toBeNull()
  })
})

describe('longSentenceIssues', () => {
  it('warns once per sentence over 30 words', () => {
    const long = Array.from({ length: 31 }, (_, i) => `word${i}`).join(' ') + '.'
    const issues = longSentenceIssues(`Short one. ${long} Another short one!`, 'summary')
    expect(issues).toMatchObject([{ rule: 'sentence-long', severity: 'warning', path: 'summary' }])
    expect(issues[0].message).toContain('31 words')
    expect(longSentenceIssues('Pay the tax online. It takes five minutes.', 'summary')).toEqual([])
  })
})

describe('missingTranslationIssues', () => {
  it('warns for a required field filled in one language but not another', () => {
    const issues = missingTranslationIssues(
      {
        title: { en: 'Parking permit', es: '' },
        summary: { en: 'Apply online.', es: 'Solicítelo.' },
      },
      ['title', 'summary'],
      ['en', 'es'],
      { es: 'Español' },
    )
    expect(issues).toMatchObject([
      { rule: 'translation-missing', path: 'title', severity: 'warning' },
    ])
    expect(issues[0].message).toContain('Español')
  })
})

describe('blocking', () => {
  it('lets "publish anyway" through warnings, never through errors', () => {
    const issues = [
      { severity: 'error' as const, rule: 'link-empty' as const, path: 'body', message: '' },
      { severity: 'warning' as const, rule: 'link-vague' as const, path: 'body', message: '' },
    ]
    expect(rules(blocking(issues, false))).toEqual(['link-empty', 'link-vague'])
    expect(rules(blocking(issues, true))).toEqual(['link-empty'])
  })
})
