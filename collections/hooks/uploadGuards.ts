import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
} from 'payload'

import { fileNameProblem } from '@/lib/uploads/fileNames'

// Upload guards shared by the upload collections (docs/SECURITY.md). Payload sniffs the real
// type; these refuse what it lets through: unsafe names and an extension that lies about the bytes.

export const refuseUnsafeFileName: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file?.name) {
    const problem = fileNameProblem(req.file.name)
    if (problem) throw new APIError(problem, 400, null, true)
  }
  return args
}

/** Extensions each sniffed image type may be named with. */
const EXTENSIONS: Record<string, string[]> = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'image/avif': ['avif'],
  'image/gif': ['gif'],
}

/**
 * Runs after Payload has sniffed the file (data.mimeType) and before anything is written:
 * PNG bytes named "photo.jpg" are refused, so that the stored name never lies about the type.
 */
export const refuseMismatchedExtension: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!req.file) return data
  const mimeType = typeof data.mimeType === 'string' ? data.mimeType : ''
  const allowed = EXTENSIONS[mimeType]
  const extension = String(req.file.name ?? '')
    .split('.')
    .pop()
    ?.toLowerCase()
  if (allowed && (!extension || !allowed.includes(extension))) {
    throw new APIError(
      `The file is a ${mimeType.slice(6).toUpperCase()} image but its name ends in ".${extension ?? ''}"; rename it to .${allowed[0]}.`,
      400,
      null,
      true,
    )
  }
  return data
}
