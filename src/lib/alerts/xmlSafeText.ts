/**
 * Text safe for any XML document or feed: control characters that XML 1.0 forbids (and that
 * a pasted text can carry) are removed, line endings normalised and ends trimmed. Markup
 * escaping is left to the XML/feed libraries, which escape every text node.
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
