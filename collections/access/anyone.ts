import type { Access } from 'payload'

/** Public data with no unpublished state (media files, the site settings' public part). */
export const anyone: Access = () => true
