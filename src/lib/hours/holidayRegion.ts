// Where the city is, for `opening_hours` ("PH" and sunrise/sunset): PLAZA_HOLIDAY_COUNTRY,
// PLAZA_HOLIDAY_STATE (as Nominatim names it) and PLAZA_CITY_LATLNG; the demo city is in Valencia.
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
