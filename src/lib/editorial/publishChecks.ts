// Accessibility and language checks before publishing, shared by the live panel and the
// publish hook. Errors block; warnings may be published anyway.

export type Severity = 'error' | 'warning'

export interface PublishIssue {
  severity: Severity
  /** Stable identifier of the rule, for tests and translations. */
  rule:
    | 'image-alt-missing'
    | 'image-alt-meaningless'
    | 'heading-skip'
    | 'link-empty'
    | 'link-vague'
    | 'sentence-long'
    | 'translation-missing'
  /** The field the problem is in (dotted path), for the admin to point at. */
  path: string
  message: string
}

type Node = { type?: string; children?: Node[]; text?: string; [key: string]: unknown }

/** Link texts that say nothing out of context (WCAG 2.4.4), English and Spanish. */
export const VAGUE_LINK_TEXTS = new Set([
  'click here',
  'click',
  'here',
  'more',
  'read more',
  'learn more',
  'more info',
  'this link',
  'link',
  'aquí',
  'aqui',
  'clic aquí',
  'haz clic aquí',
  'haga clic aquí',
  'pulse aquí',
  'pincha aquí',
  'más',
  'mas',
  'leer más',
  'ver más',
  'más información',
  'enlace',
])

/** Alternative texts that describe nothing: generic words or a file name. */
const GENERIC_ALT = new Set([
  'image',
  'img',
  'picture',
  'photo',
  'graphic',
  'logo',
  'imagen',
  'foto',
  'fotografía',
  'gráfico',
])
const FILE_NAME =
  /^[\w\s.-]*\.(jpe?g|png|gif|webp|avif|svg|tiff?|bmp)$|^(img|dsc|pxl|image)[_-]?\d+/i

/** Sentences longer than this (in words) are hard to read (plain-language guidance). */
export const MAX_SENTENCE_WORDS = 30

function textOf(node: Node): string {
  if (typeof node.text === 'string') return node.text
  return (node.children ?? []).map(textOf).join('')
}

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s.,:;!?¡¿"'«»“”()[\]…-]+|[\s.,:;!?¡¿"'«»“”()[\]…-]+$/g, '')

/** Why an alternative text is not meaningful, or null when it is. */
export function altProblem(alt: unknown): 'missing' | 'meaningless' | null {
  if (typeof alt !== 'string' || alt.trim() === '') return 'missing'
  const text = normalise(alt)
  if (text.length < 3 || GENERIC_ALT.has(text) || FILE_NAME.test(alt.trim())) return 'meaningless'
  return null
}

export interface RichTextCheckOptions {
  /** The field's path, used in the issues. */
  path: string
  /** Alternative text of uploaded images by id, when the nodes hold only the id. */
  altById?: Map<string, string | null | undefined>
}

/** A heading more than one level below the previous one (or below the page's h1). */
function headingIssue(node: Node, previousLevel: number, path: string): PublishIssue | null {
  const level = Number(String(node.tag).slice(1))
  if (!(level > previousLevel + 1)) return null
  return {
    severity: 'error',
    rule: 'heading-skip',
    path,
    message: `The heading “${textOf(node).slice(0, 60)}” is level ${level} after level ${previousLevel}: use level ${previousLevel + 1}, so screen reader users can follow the outline.`,
  }
}

/** A link with no text, or with text that does not say where it leads. */
function linkIssue(node: Node, path: string): PublishIssue | null {
  const text = textOf(node).trim()
  if (text === '')
    return {
      severity: 'error',
      rule: 'link-empty',
      path,
      message: 'A link has no text: screen readers announce only “link”. Add text or remove it.',
    }
  if (VAGUE_LINK_TEXTS.has(normalise(text)))
    return {
      severity: 'warning',
      rule: 'link-vague',
      path,
      message: `The link text “${text}” does not say where it leads; describe the destination (e.g. “apply for a parking permit”).`,
    }
  return null
}

/** An uploaded image whose alternative text is missing or meaningless (other files pass). */
function imageIssue(node: Node, options: RichTextCheckOptions): PublishIssue | null {
  const raw = node.value as { id?: unknown; alt?: unknown; mimeType?: unknown } | string | number
  const isObject = typeof raw === 'object' && raw !== null
  const mimeType = isObject ? raw.mimeType : undefined
  if (typeof mimeType === 'string' && !mimeType.startsWith('image/')) return null
  const alt =
    isObject && 'alt' in raw ? raw.alt : options.altById?.get(String(isObject ? raw.id : raw))
  const problem = altProblem(alt)
  if (!problem) return null
  return {
    severity: problem === 'missing' ? 'error' : 'warning',
    rule: problem === 'missing' ? 'image-alt-missing' : 'image-alt-meaningless',
    path: options.path,
    message:
      problem === 'missing'
        ? 'An image has no alternative text: describe it in the media library.'
        : `The image’s alternative text “${String(alt)}” does not describe it: say what the image shows.`,
  }
}

/** Heading order, links and images of one Lexical document (`{ root }`). */
export function richTextIssues(value: unknown, options: RichTextCheckOptions): PublishIssue[] {
  const issues: PublishIssue[] = []
  const root = (value as { root?: Node } | null)?.root
  if (!root) return issues
  const add = (issue: PublishIssue | null) => issue && issues.push(issue)
  // The page title is the h1: the body starts at h2.
  let previousLevel = 1
  const visit = (node: Node): void => {
    if (node.type === 'heading' && typeof node.tag === 'string') {
      add(headingIssue(node, previousLevel, options.path))
      previousLevel = Number(node.tag.slice(1))
    }
    if (node.type === 'link' || node.type === 'autolink') add(linkIssue(node, options.path))
    if (node.type === 'upload') add(imageIssue(node, options))
    node.children?.forEach(visit)
  }
  root.children?.forEach(visit)
  return issues
}

/** Sentences of a plain text, split at . ! ? … followed by a space or the end. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean)
}

/** Summaries are read first and by everyone: one warning per sentence over the limit. */
export function longSentenceIssues(text: unknown, path: string): PublishIssue[] {
  if (typeof text !== 'string') return []
  return sentences(text)
    .filter((sentence) => sentence.split(/\s+/).length > MAX_SENTENCE_WORDS)
    .map((sentence) => ({
      severity: 'warning' as const,
      rule: 'sentence-long' as const,
      path,
      message: `A sentence has ${sentence.split(/\s+/).length} words (“${sentence.slice(0, 50)}…”); keep sentences under ${MAX_SENTENCE_WORDS} words.`,
    }))
}

const filled = (value: unknown) =>
  value !== null &&
  value !== undefined &&
  !(typeof value === 'string' && value.trim() === '') &&
  !(Array.isArray(value) && value.length === 0)

/**
 * Required localized fields left empty in another site language. `byLocale` holds each
 * field's value per locale (as Payload returns them with `locale: 'all'`).
 */
export function missingTranslationIssues(
  byLocale: Record<string, Record<string, unknown> | undefined>,
  fields: string[],
  locales: string[],
  labels: Record<string, string> = {},
): PublishIssue[] {
  const issues: PublishIssue[] = []
  for (const field of fields) {
    const values = byLocale[field] ?? {}
    if (!locales.some((locale) => filled(values[locale]))) continue
    for (const locale of locales)
      if (!filled(values[locale]))
        issues.push({
          severity: 'warning',
          rule: 'translation-missing',
          path: field,
          message: `“${field}” has no ${labels[locale] ?? locale} version: readers in that language will see another language instead.`,
        })
  }
  return issues
}

export const blocking = (issues: PublishIssue[], publishAnyway: boolean) =>
  issues.filter((issue) => issue.severity === 'error' || !publishAnyway)
