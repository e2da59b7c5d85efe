// Licences a city may publish its open data under (site settings → Open data), by SPDX id.
export const OPEN_DATA_LICENCES = {
  'CC-BY-4.0': {
    name: 'Creative Commons Attribution 4.0 (CC BY 4.0)',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  'CC0-1.0': {
    name: 'Creative Commons Zero 1.0 (CC0, public domain dedication)',
    url: 'https://creativecommons.org/publicdomain/zero/1.0/',
  },
  'CC-BY-SA-4.0': {
    name: 'Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0)',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
  },
  'ODbL-1.0': {
    name: 'Open Data Commons Open Database License 1.0 (ODbL)',
    url: 'https://opendatacommons.org/licenses/odbl/1-0/',
  },
} as const

export type OpenDataLicenceId = keyof typeof OPEN_DATA_LICENCES

export function openDataLicence(id: string | null | undefined) {
  return id && id in OPEN_DATA_LICENCES ? OPEN_DATA_LICENCES[id as OpenDataLicenceId] : null
}
