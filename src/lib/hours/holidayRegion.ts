// Where the city is, for the `opening_hours` library: "PH" (public holidays) is looked up
// from a Nominatim-style address (country code + state) and "sunrise"/"sunset" from the
// coordinates. A city sets it once with PLAZA_HOLIDAY_COUNTRY (ISO 3166-1 alpha-2),
// PLAZA_HOLIDAY_STATE (the state as Nominatim names it, e.g. "Comunitat Valenciana") and
// optionally PLAZA_CITY_LATLNG ("39.47,-0.376"). The demo city, Villamar, is in Valencia.
import type { nominatim_object } from 'opening_hours'

export type CityAddress = nominatim_object

export const DEFAULT_CITY_ADDRESS: CityAddress = {
  lat: 39.4699,
  lon: -0.3763,
  address: { country_code: 'es', state: 'Comunitat Valenciana' },
}

// The admin also runs field validation in the browser, where there is no process.env.
const serverEnv = (): NodeJS.ProcessEnv =>
  typeof process === 'undefined' ? ({} as NodeJS.ProcessEnv) : process.env

export function readCityAddress(env: NodeJS.ProcessEnv = serverEnv()): CityAddress {
  const country = env.PLAZA_HOLIDAY_COUNTRY?.trim().toLowerCase()
  const [lat, lon] = (env.PLAZA_CITY_LATLNG ?? '').split(',').map(Number)
  const hasPoint = Number.isFinite(lat) && Number.isFinite(lon) && env.PLAZA_CITY_LATLNG
  if (!country && !hasPoint) return DEFAULT_CITY_ADDRESS
  return {
    lat: hasPoint ? lat : DEFAULT_CITY_ADDRESS.lat,
    lon: hasPoint ? lon : DEFAULT_CITY_ADDRESS.lon,
    address: country
      ? { country_code: country, state: env.PLAZA_HOLIDAY_STATE?.trim() ?? '' }
      : DEFAULT_CITY_ADDRESS.address,
  }
}
