// Changes come only from the site's own pages: Origin must be present and the site's.
// Why: docs/decisions/0006-one-same-origin-rule.md

export function isSameOrigin(request: Request, siteOrigin: string): boolean {
  const origin = request.headers.get('origin')
  return origin !== null && origin === siteOrigin
}
