// Web Push for Plaza: keys, one send, and delivery to many subscriptions with a report.
export { deliverPush, DEFAULT_RETRY } from './deliver'
export type {
  DeliverOptions,
  DeliveryReport,
  RetryPolicy,
  SubscriptionForDelivery,
} from './deliver'
export { sendPush, setPushAgent, parseRetryAfter } from './send'
export { readVapidKeys } from './vapid'
export { endpointProblem, allowLocalEndpoints } from './endpointPolicy'
export type { PushKind, PushMessage, PushTarget, PushUrgency } from './types'
