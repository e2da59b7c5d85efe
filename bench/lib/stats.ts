// Shared by the bench scripts: nearest-rank percentiles and the editor login they publish with.

/** Nearest-rank percentile of values already sorted ascending. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/** Logs in as the demo editor and returns JSON request headers carrying the token. */
export async function editorHeaders(base: string, password: string | undefined) {
  if (!password) throw new Error('Set PLAZA_DEMO_PASSWORD to the demo password.')
  const login = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'editor@plaza.example', password }),
  })
  if (!login.ok) throw new Error(`login failed: ${login.status}`)
  const { token } = (await login.json()) as { token: string }
  return { Authorization: `JWT ${token}`, 'content-type': 'application/json' }
}
