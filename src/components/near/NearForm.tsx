import type { DistrictOption, StartingPointResult } from '@/lib/geo/startingPoint'
import type { Messages } from '@/lib/i18n/messages'

/** What the visitor asked for on the near-me page (from its GET form). */
export interface NearChoice {
  resolved: StartingPointResult
  topic: string | undefined
  openNow: boolean
  accessible: boolean
}

/** A postcode the city does not know: says so, linking to the field to correct it. */
export function UnknownPostcode({
  resolved,
  t,
}: {
  resolved: StartingPointResult
  t: Messages['near']
}) {
  if (resolved.ok) return null
  return (
    <div className="near-error" role="alert">
      <p>
        <a href="#postcode">{t.unknownPostcode(resolved.postcode)}</a>
      </p>
    </div>
  )
}

/**
 * The near-me form: where to measure from (district or postcode; a position from "Use my
 * location" rides along as hidden fields) and the filters. A plain GET form, no script.
 */
export function NearForm({
  action,
  choice,
  districts,
  topics,
  t,
}: {
  action: string
  choice: NearChoice
  districts: DistrictOption[]
  topics: { slug: string; title: string }[]
  t: Messages['near']
}) {
  const { resolved } = choice
  const start = resolved.ok ? resolved.start : null
  return (
    <form className="near-form" method="get" action={action}>
      <StartingPointFields resolved={resolved} districts={districts} t={t} />
      <FilterFields topics={topics} choice={choice} t={t} />
      {start?.kind === 'position' && (
        <>
          <input type="hidden" name="lat" value={start.point[1]} />
          <input type="hidden" name="lng" value={start.point[0]} />
        </>
      )}
      <button type="submit" className="button">
        {t.search}
      </button>
    </form>
  )
}

/** Where to measure from: a district, or a postcode (with two of the city's as examples). */
function StartingPointFields({
  resolved,
  districts,
  t,
}: {
  resolved: StartingPointResult
  districts: DistrictOption[]
  t: Messages['near']
}) {
  const start = resolved.ok ? resolved.start : null
  const examples = districts
    .flatMap((district) => district.postalCodes)
    .slice(0, 2)
    .join(', ')
  return (
    <fieldset>
      <legend>{t.chooseStart}</legend>
      <div className="near-form__field">
        <label htmlFor="district">{t.district}</label>
        <select
          id="district"
          name="district"
          defaultValue={start?.kind === 'district' ? start.district.slug : ''}
        >
          <option value="">{t.anyDistrict}</option>
          {districts.map((district) => (
            <option key={district.slug} value={district.slug}>
              {district.name}
            </option>
          ))}
        </select>
      </div>
      <div className="near-form__field">
        <label htmlFor="postcode">{t.postcode}</label>
        <p className="near-form__hint" id="postcode-hint">
          {t.postcodeHint(examples)}
        </p>
        <input
          id="postcode"
          name="postcode"
          type="text"
          inputMode="numeric"
          autoComplete="postal-code"
          size={8}
          maxLength={10}
          aria-describedby="postcode-hint"
          aria-invalid={!resolved.ok || undefined}
          defaultValue={
            resolved.ok ? (start?.kind === 'postcode' ? start.postcode : '') : resolved.postcode
          }
        />
      </div>
    </fieldset>
  )
}

/** What to look for: a topic, places open now, places with step-free access. */
function FilterFields({
  topics,
  choice,
  t,
}: {
  topics: { slug: string; title: string }[]
  choice: NearChoice
  t: Messages['near']
}) {
  const { topic, openNow, accessible } = choice
  return (
    <fieldset>
      <legend>{t.filters}</legend>
      <div className="near-form__field">
        <label htmlFor="topic">{t.topic}</label>
        <select id="topic" name="topic" defaultValue={topic ?? ''}>
          <option value="">{t.anyTopic}</option>
          {topics.map((item) => (
            <option key={item.slug} value={item.slug}>
              {item.title}
            </option>
          ))}
        </select>
      </div>
      <div className="near-form__check">
        <input id="openNow" name="openNow" type="checkbox" value="true" defaultChecked={openNow} />
        <label htmlFor="openNow">{t.openNow}</label>
      </div>
      <div className="near-form__check">
        <input
          id="accessible"
          name="accessible"
          type="checkbox"
          value="true"
          defaultChecked={accessible}
        />
        <label htmlFor="accessible">{t.accessible}</label>
      </div>
    </fieldset>
  )
}
