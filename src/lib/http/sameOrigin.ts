// Requests that change something come from the site's own pages (docs/SECURITY.md). One rule
// for every such endpoint, the stricter one: the browser's Origin header must be present and
// be the site's origin; Sec-Fetch-Site alone is not enough.

export function isSameOrigin(request: Request, siteOrigin: string): boolean {
  const origin = request.headers.get('origin')
  return origin !== null && origin === siteOrigin
}
