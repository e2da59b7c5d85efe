// rrule's exports differ between bundlers (named) and plain Node (a CommonJS `default`): this
// reads whichever is there.
import * as rruleNamespace from 'rrule'

type RRuleModule = typeof rruleNamespace

const rrule: RRuleModule =
  (rruleNamespace as RRuleModule & { default?: RRuleModule }).default ?? rruleNamespace

export const { RRule, Frequency, Weekday } = rrule
export type { Options } from 'rrule'
