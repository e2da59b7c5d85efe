// rrule ships ESM only through the "module" field and a UMD bundle as "main": bundlers
// (Next.js, Vitest) see named exports, plain Node (tsx scripts: seed, bench) sees one CommonJS
// object under `default`. This reads whichever is there, typed as the library's own.
import * as rruleNamespace from 'rrule'

type RRuleModule = typeof rruleNamespace

const rrule: RRuleModule =
  (rruleNamespace as RRuleModule & { default?: RRuleModule }).default ?? rruleNamespace

export const { RRule, Frequency, Weekday } = rrule
export type { Options } from 'rrule'
