/**
 * Text safe for any XML document: drops characters XML 1.0 forbids (pasted text carries them).
 * Markup escaping is left to the XML/feed libraries.
 */
export function plainText(value: string | null | undefined): string {
  if (!value) return ''
  return (
    value
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
      .trim()
  )
}
