// Why an uploaded file's name is refused (docs/SECURITY.md): a hidden path, invisible or
// reordering characters, or an extension for code.

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
