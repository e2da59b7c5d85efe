// Multipart uploads to Payload's upload collections, checked before Payload parses them.
// Payload's multipart parser takes a file name's last path segment without a word (so
// "../../x.png" is stored as "x.png") and answers a malformed part header, such as a name
// with control characters, with a 500. Here the form is read with the platform's parser
// first: a form it cannot read, or a file name that hides a path or invisible characters,
// gets a 400 that says so. Costs one extra parse of the body, for staff uploads only.
import { fileNameProblem } from '@/lib/uploads/fileNames'

const refuse = (message: string) =>
  Response.json(
    { errors: [{ message }] },
    { status: 400, headers: { 'Cache-Control': 'no-store' } },
  )

export async function checkUploadForm(request: Request): Promise<Response | null> {
  if (!request.headers.get('content-type')?.toLowerCase().startsWith('multipart/form-data')) {
    return null
  }
  let form: FormData
  try {
    form = await request.clone().formData()
  } catch {
    return refuse(
      'The upload is not a well-formed form (multipart/form-data); send the file again.',
    )
  }
  for (const [, value] of form.entries()) {
    if (typeof value === 'string') continue
    const problem = fileNameProblem(value.name)
    if (problem) return refuse(problem)
  }
  return null
}
