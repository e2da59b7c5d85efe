// Web Push for Plaza: keys, one send, and delivery to many subscriptions with a report.
export { deliverPush } from './deliver'
export type { DeliverOptions, DeliveryReport } from './deliver'
export type { SubscriptionForDelivery } from './deliveryBookkeeping'
export { DEFAULT_RETRY, type RetryPolicy } from './sendToMany'
export { sendPush, setPushAgent, parseRetryAfter } from './send'
export { readVapidKeys } from './vapid'
export { endpointProblem, allowLocalEndpoints } from './endpointPolicy'
export type { PushKind, PushMessage, PushTarget, PushUrgency } from './types'
