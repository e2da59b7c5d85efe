// HSDS ids are UUID v5 of Plaza's ids, so every export on any server gives an entity the same
// id and consumers can sync by id.
import { hash } from 'node:crypto'

/** Plaza's own namespace, fixed forever: changing it would change every published id. */
export const PLAZA_HSDS_NAMESPACE = '4f6b1c2e-8d3a-5b7e-9c1f-2a6d8e0b4c71'

const namespaceBytes = Buffer.from(PLAZA_HSDS_NAMESPACE.replace(/-/g, ''), 'hex')

/** The UUID v5 of `name` in `namespace` (given as 16 bytes). */
export function uuidV5(name: string, namespace: Buffer = namespaceBytes): string {
  // One-shot hashing: an export derives hundreds of thousands of ids.
  const bytes = hash(
    'sha1',
    Buffer.concat([namespace, Buffer.from(name, 'utf8')]),
    'buffer',
  ).subarray(0, 16)
  bytes[6] = (bytes[6] & 0x0f) | 0x50
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** `hsdsId('service', 12)` → the service's UUID; the parts name the entity within Plaza. */
export function hsdsId(kind: string, ...parts: Array<string | number>): string {
  return uuidV5([kind, ...parts].join(':'))
}
