import { useState } from 'react'

/** Payload's REST API, with the admin's session cookie; the error message it gives, if any. */
async function send(method: 'POST' | 'PATCH', path: string, body: object): Promise<string | null> {
  const response = await fetch(`/api/${path}`, {
    method,
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (response.ok) return null
  const json = (await response.json().catch(() => null)) as {
    errors?: { message?: string; data?: { errors?: { message?: string }[] } }[]
  } | null
  const first = json?.errors?.[0]
  return first?.data?.errors?.[0]?.message ?? first?.message ?? `HTTP ${response.status}`
}

export type ReviewAction = (method: 'POST' | 'PATCH', path: string, body: object) => Promise<void>

/** One review step at a time: whether one is under way, the error of the last, and the step. */
export function useReviewAction() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  // After a step the person's work on this document is done (the server has released their
  // lock on it): back to the admin home, where the request now shows in its new state.
  const act: ReviewAction = async (method, path, body) => {
    setBusy(true)
    setError(null)
    const failure = await send(method, path, body)
    if (failure) {
      setError(failure)
      setBusy(false)
    } else window.location.assign('/admin')
  }

  return { busy, error, act }
}
