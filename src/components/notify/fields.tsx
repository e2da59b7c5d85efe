// Parts of the "Notify me" form: a group of checkboxes, and the area around a point (typed
// in, or the browser's own position).
import type { Dispatch, SetStateAction } from 'react'

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
      <label>
        {labels.latitude}{' '}
        <input
          type="number"
          name="lat"
          step="any"
          min={-90}
          max={90}
          value={choices.lat}
          onChange={(e) => setChoices((c) => ({ ...c, lat: e.target.value }))}
        />
      </label>{' '}
      <label>
        {labels.longitude}{' '}
        <input
          type="number"
          name="lng"
          step="any"
          min={-180}
          max={180}
          value={choices.lng}
          onChange={(e) => setChoices((c) => ({ ...c, lng: e.target.value }))}
        />
      </label>{' '}
      <label>
        {labels.radiusKm}{' '}
        <input
          type="number"
          name="radiusKm"
          step="0.1"
          min={0.1}
          max={50}
          value={choices.radiusKm}
          onChange={(e) => setChoices((c) => ({ ...c, radiusKm: e.target.value }))}
        />
      </label>{' '}
      <button type="button" onClick={useMyLocation}>
        {labels.useMyLocation}
      </button>
    </fieldset>
  )
}
