// Multipart uploads are read with the platform's parser before Payload's, which silently strips
// a file name's path ("../../x.png" → "x.png") and answers a malformed part header with a 500.
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
