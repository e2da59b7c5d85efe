// A real OpenID Connect provider on 127.0.0.1 (panva's oidc-provider, the certified
// reference implementation) standing in for the electronic office's identity provider.
// Its interaction step signs in a fixed account without a form, so tests (and the browser
// tests) drive the whole authorization-code flow over HTTP.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import Provider from 'oidc-provider'

export interface TestOidcProvider {
  issuer: string
  clientId: string
  clientSecret: string
  /** The `sub` the next sign-in gets (change it to sign in someone else). */
  account: { sub: string }
  close: () => Promise<void>
}

export async function startOidcProvider({
  redirectUri,
  sub = 'citizen-7f3a9c-e2e',
  port = 0,
  clientId = 'plaza-test',
  clientSecret = 'plaza-test-client-secret-0123456789',
}: {
  redirectUri: string
  sub?: string
  port?: number
  clientId?: string
  clientSecret?: string
}): Promise<TestOidcProvider> {
  let handler: http.RequestListener = (_req, res) => res.writeHead(503).end()
  const server = http.createServer((req, res) => handler(req, res))
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const account = { sub }

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    findAccount: async (_ctx: unknown, id: string) => ({
      accountId: id,
      claims: async () => ({ sub: id }),
    }),
    features: { devInteractions: { enabled: false } },
    interactions: {
      url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}`,
    },
    cookies: { keys: ['oidc-test-cookie-key-0123456789'] },
    pkce: { required: () => true },
  })
  provider.on('server_error', (_ctx, error) => console.error('oidc-provider:', error))

  // The "login page": signs in the fixed account and grants the openid scope at once.
  provider.use(async (ctx, next) => {
    if (!ctx.path.startsWith('/interaction/')) return next()
    const details = await provider.interactionDetails(ctx.req, ctx.res)
    let result
    if (details.prompt.name === 'login') {
      result = { login: { accountId: account.sub } }
    } else {
      const grant = new provider.Grant({
        accountId: details.session!.accountId,
        clientId: details.params.client_id as string,
      })
      grant.addOIDCScope('openid')
      result = { consent: { grantId: await grant.save() } }
    }
    const returnTo = await provider.interactionResult(ctx.req, ctx.res, result, {
      mergeWithLastSubmission: true,
    })
    ctx.status = 303
    ctx.redirect(returnTo)
  })
  handler = provider.callback()

  return {
    issuer,
    clientId,
    clientSecret,
    account,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
