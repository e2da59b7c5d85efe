import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
} from 'payload'

// Upload guards shared by the upload collections (issue 9, SECURITY.md line 10). Payload
// already sniffs the real type and refuses what a collection's mimeTypes do not list; these
// add what it leaves through: names that hide a path, invisible or reordering characters, or
// a second, dangerous extension, and a name whose extension says another type than the bytes.

const MAX_NAME_LENGTH = 200

/** Extensions a browser, server or user might treat as code or a page, not as data. */
const DANGEROUS_EXTENSION =
  /\.(?:php\d?|phtml|phar|aspx?|jsp|cgi|sh|exe|dll|bat|cmd|scr|msi|jar|vbs|ps1|html?|xhtml|shtml|svgz?|js|mjs)(?:\.|$)/i

/** Why a file name is refused, or null when it is fine. */
export function fileNameProblem(name: string): string | null {
  if (name.length > MAX_NAME_LENGTH) {
    return `The file name is longer than ${MAX_NAME_LENGTH} characters; shorten it.`
  }
  if (/[\\/]/.test(name) || name.split('.').every((part) => part === '')) {
    return 'The file name may not contain a folder path ("/" or "\\"); upload the file by its own name.'
  }
  // C0/C1 controls, and the bidirectional controls that make "photo‮gnp.exe" read as "photo.exe".
  if (/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(name)) {
    return 'The file name contains invisible control characters; rename the file.'
  }
  if (DANGEROUS_EXTENSION.test(name)) {
    return 'The file name has an extension for code or web pages (such as .php, .exe, .html or .svg); rename the file.'
  }
  return null
}

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
