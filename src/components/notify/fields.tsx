// Parts of the "Notify me" form: a group of checkboxes, and the area around a point (typed
// in, or the browser's own position).
import { Fragment, type Dispatch, type SetStateAction } from 'react'

import type { Messages } from '@/lib/i18n/messages'

import type { Choices } from './choices'

export interface NotifyOption {
  id: number
  label: string
}

export function OptionChecks({
  name,
  legend,
  options,
  checked,
  onToggle,
}: {
  name: 'districts' | 'lines' | 'topics'
  legend: string
  options: NotifyOption[]
  checked: number[]
  onToggle: (id: number) => void
}) {
  if (options.length === 0) return null
  return (
    <fieldset className="notify__group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.id} className="notify__check">
          <input
            type="checkbox"
            name={name}
            value={option.id}
            checked={checked.includes(option.id)}
            onChange={() => onToggle(option.id)}
          />{' '}
          {option.label}
        </label>
      ))}
    </fieldset>
  )
}

/** The area's numbers: the point's latitude and longitude, and the radius around it. */
const AREA_NUMBERS = [
  { name: 'lat', label: 'latitude', step: 'any', min: -90, max: 90 },
  { name: 'lng', label: 'longitude', step: 'any', min: -180, max: 180 },
  { name: 'radiusKm', label: 'radiusKm', step: '0.1', min: 0.1, max: 50 },
] as const

export function AreaFields({
  labels,
  choices,
  setChoices,
}: {
  labels: Messages['notify']
  choices: Choices
  setChoices: Dispatch<SetStateAction<Choices>>
}) {
  function useMyLocation() {
    navigator.geolocation?.getCurrentPosition(({ coords }) =>
      setChoices((c) => ({
        ...c,
        lat: coords.latitude.toFixed(5),
        lng: coords.longitude.toFixed(5),
      })),
    )
  }

  return (
    <fieldset className="notify__group">
      <legend>{labels.areaLegend}</legend>
      <p className="notify__hint">{labels.areaHint}</p>
      {AREA_NUMBERS.map(({ label, ...input }) => (
        <Fragment key={input.name}>
          <AreaNumber
            label={labels[label]}
            {...input}
            choices={choices}
            setChoices={setChoices}
          />{' '}
        </Fragment>
      ))}
      <button type="button" onClick={useMyLocation}>
        {labels.useMyLocation}
      </button>
    </fieldset>
  )
}

/** One number of the area (latitude, longitude or radius), kept in the choices by its name. */
function AreaNumber({
  label,
  name,
  step,
  min,
  max,
  choices,
  setChoices,
}: {
  label: string
  name: 'lat' | 'lng' | 'radiusKm'
  step: string
  min: number
  max: number
  choices: Choices
  setChoices: Dispatch<SetStateAction<Choices>>
}) {
  return (
    <label>
      {label}{' '}
      <input
        type="number"
        name={name}
        step={step}
        min={min}
        max={max}
        value={choices[name]}
        onChange={(e) => setChoices((c) => ({ ...c, [name]: e.target.value }))}
      />
    </label>
  )
}
