// The /api/eoffice route handlers, as plain Request → Response functions taking the
// Payload instance, so tests drive them over real HTTP without Next.js. The route files
// under src/app/(frontend)/api/eoffice/ are one-line wrappers.
export { handleDevices, handleDeviceStatus } from './deviceHandlers'
export { handleMessage } from './messageHandler'
export { inboxPath, type HandlerContext } from './responses'
export { handleCallback, handleDisconnect, handleLogin, handleLogout } from './signInHandlers'
