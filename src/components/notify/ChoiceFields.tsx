import type { Dispatch, SetStateAction } from 'react'

import type { Messages } from '@/lib/i18n/messages'

import type { Choices } from './choices'
import { AreaFields, OptionChecks, type NotifyOption } from './fields'

interface Props {
  labels: Messages['notify']
  choices: Choices
  setChoices: Dispatch<SetStateAction<Choices>>
  districts: NotifyOption[]
  lines: NotifyOption[]
  topics: NotifyOption[]
}

/** What the citizen wants to hear about: which alerts (and where, when "matching") and topics. */
export function ChoiceFields({ labels, choices, setChoices, districts, lines, topics }: Props) {
  const toggle = (key: 'districts' | 'lines' | 'topics', id: number) =>
    setChoices((c) => ({
      ...c,
      [key]: c[key].includes(id) ? c[key].filter((x) => x !== id) : [...c[key], id],
    }))

  return (
    <>
      <fieldset className="notify__group">
        <legend>{labels.whatLegend}</legend>
        {(['all', 'severe', 'matching', 'none'] as const).map((value) => (
          <label key={value} className="notify__check">
            <input
              type="radio"
              name="alerts"
              value={value}
              checked={choices.alerts === value}
              onChange={() => setChoices((c) => ({ ...c, alerts: value }))}
            />{' '}
            {labels[value]}
          </label>
        ))}
      </fieldset>
      {choices.alerts === 'matching' && (
        <>
          <OptionChecks
            name="districts"
            legend={labels.districtsLegend}
            options={districts}
            checked={choices.districts}
            onToggle={(id) => toggle('districts', id)}
          />
          <OptionChecks
            name="lines"
            legend={labels.linesLegend}
            options={lines}
            checked={choices.lines}
            onToggle={(id) => toggle('lines', id)}
          />
          <AreaFields labels={labels} choices={choices} setChoices={setChoices} />
        </>
      )}
      <OptionChecks
        name="topics"
        legend={labels.topicsLegend}
        options={topics}
        checked={choices.topics}
        onToggle={(id) => toggle('topics', id)}
      />
    </>
  )
}
