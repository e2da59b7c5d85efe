import type { Access } from 'payload'

/** For operations no one performs through the API (e.g. creating settings documents by hand). */
export const nobody: Access = () => false
