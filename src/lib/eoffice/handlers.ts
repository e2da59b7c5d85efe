// The /api/eoffice handlers as plain Request → Response functions, so tests drive them over real
// HTTP without Next.js.
export { handleDevices, handleDeviceStatus } from './deviceHandlers'
export { handleMessage } from './messageHandler'
export { inboxPath, type HandlerContext } from './responses'
export { handleCallback, handleDisconnect, handleLogin, handleLogout } from './signInHandlers'
