'use client'
// The publish checks, live as the editor types; its checkbox is the "publish anyway" answer the
// server reads. A polite live region, so updates do not interrupt typing.
import { CheckboxInput, useField, useFormFields } from '@payloadcms/ui'
import { useEffect, useMemo } from 'react'

import {
  longSentenceIssues,
  richTextIssues,
  type PublishIssue,
} from '@/lib/editorial/publishChecks'

const isRichText = (value: unknown) =>
  Boolean(value && typeof value === 'object' && 'root' in (value as object))

export function PublishChecksPanel({ path = 'publishAnyway' }: { path?: string }) {
  const { value, setValue } = useField<boolean>({ path })
  const values = useFormFields(([fields]) =>
    Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, field?.value])),
  )
  useEffect(() => {
    if (value !== true && value !== false) setValue(false, true)
  }, [value, setValue])

  const issues: PublishIssue[] = useMemo(
    () =>
      Object.entries(values).flatMap(([name, fieldValue]) => {
        if (isRichText(fieldValue)) return richTextIssues(fieldValue, { path: name })
        if (name === 'summary') return longSentenceIssues(fieldValue, name)
        return []
      }),
    [values],
  )
  const errors = issues.filter((issue) => issue.severity === 'error')
  const warnings = issues.filter((issue) => issue.severity === 'warning')

  return (
    <section className="plaza-publish-checks" aria-labelledby="plaza-publish-checks-title">
      <h3 id="plaza-publish-checks-title" style={{ margin: '0 0 0.5rem' }}>
        Checks before publishing
      </h3>
      <div aria-live="polite">
        {issues.length === 0 ? (
          <p>No problems found in this language.</p>
        ) : (
          <ul style={{ paddingLeft: '1.2rem', margin: 0 }}>
            {[...errors, ...warnings].map((issue, index) => (
              <li key={`${issue.rule}-${index}`} data-rule={issue.rule}>
                <strong>{issue.severity === 'error' ? 'Must fix: ' : 'Check: '}</strong>
                {issue.message}
              </li>
            ))}
          </ul>
        )}
      </div>
      <p style={{ fontSize: '0.85em' }}>
        “Must fix” problems block publishing. Warnings (including missing translations, checked on
        publish) block it until an editor chooses to publish anyway.
      </p>
      <CheckboxInput
        id="field-publishAnyway"
        name={path}
        label="Publish anyway (warnings only)"
        checked={value === true}
        onToggle={(event) => setValue(event.target.checked)}
      />
    </section>
  )
}
