import type { Messages } from '@/lib/i18n/messages'
import type { Procedure } from '@/payload-types'

import { FeeList } from '../FeeList'
import { TextSection } from '../TextSection'

/** Who may apply, what it takes (requirements, documents, fees) and how long it lasts. */
export function ProcedureRequirements({
  procedure,
  locale,
  tp,
}: {
  procedure: Procedure
  locale: string
  tp: Messages['procedures']
}) {
  return (
    <>
      <TextSection id="who" heading={tp.whoCanApply} text={procedure.whoCanApply} />
      <TextSection id="requirements" heading={tp.requirements} items={procedure.requirements} />
      <TextSection id="documents" heading={tp.documents} items={procedure.documents} />
      <section aria-labelledby="fees">
        <h2 id="fees">{tp.fees}</h2>
        <FeeList fees={procedure.fees} locale={locale} messages={tp} />
      </section>
      <TextSection id="deadline" heading={tp.deadline} text={procedure.deadline} />
      <TextSection
        id="processing-time"
        heading={tp.processingTime}
        text={procedure.processingTime}
      />
    </>
  )
}

/** The steps of the procedure, in order. */
export function ProcedureSteps({
  steps,
  tp,
}: {
  steps: Procedure['steps']
  tp: Messages['procedures']
}) {
  if ((steps ?? []).length === 0) return null
  return (
    <section aria-labelledby="steps">
      <h2 id="steps">{tp.steps}</h2>
      <ol className="steps">
        {(steps ?? []).map((step, index) => (
          <li key={step.id ?? index}>
            <h3 className="steps__title">{step.title}</h3>
            {step.description && <p>{step.description}</p>}
          </li>
        ))}
      </ol>
    </section>
  )
}
