import type { APIRequestContext } from '@playwright/test'

export const DEMO_PASSWORD = process.env.PLAZA_DEMO_PASSWORD || 'e2e-demo-password-42'

export const DEMO_USERS = {
  admin: 'admin@plaza.example',
  editor: 'editor@plaza.example',
  contributor: 'contributor@plaza.example',
} as const

/** Logs in over REST and returns the JWT for `Authorization: JWT <token>`. */
export async function loginToken(
  request: APIRequestContext,
  role: keyof typeof DEMO_USERS,
): Promise<string> {
  const response = await request.post('/api/users/login', {
    data: { email: DEMO_USERS[role], password: DEMO_PASSWORD },
  })
  if (!response.ok())
    throw new Error(`login as ${role} failed: ${response.status()} ${await response.text()}`)
  const body = (await response.json()) as { token: string }
  return body.token
}
