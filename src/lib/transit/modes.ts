/** Modes of transport from GTFS route types, and the order the portal lists them in. */
export type TransitMode =
  | 'tram'
  | 'metro'
  | 'rail'
  | 'bus'
  | 'ferry'
  | 'cable-tram'
  | 'aerial-lift'
  | 'funicular'
  | 'trolleybus'
  | 'monorail'
  | 'other'

export const MODE_ORDER: TransitMode[] = [
  'metro',
  'rail',
  'tram',
  'bus',
  'trolleybus',
  'ferry',
  'monorail',
  'funicular',
  'cable-tram',
  'aerial-lift',
  'other',
]

/** GTFS route_type, basic or extended (Google's "Extended GTFS Route Types"), to a mode. */
export function modeOf(routeType: number): TransitMode {
  const basic: Record<number, TransitMode> = {
    0: 'tram',
    1: 'metro',
    2: 'rail',
    3: 'bus',
    4: 'ferry',
    5: 'cable-tram',
    6: 'aerial-lift',
    7: 'funicular',
    11: 'trolleybus',
    12: 'monorail',
  }
  if (routeType in basic) return basic[routeType]
  if (routeType >= 100 && routeType < 200) return 'rail'
  if (routeType >= 200 && routeType < 300) return 'bus'
  if (routeType >= 400 && routeType < 500) return 'metro'
  if (routeType >= 700 && routeType < 800) return 'bus'
  if (routeType === 800) return 'trolleybus'
  if (routeType >= 900 && routeType < 1000) return 'tram'
  if (routeType === 1000 || routeType === 1200) return 'ferry'
  if (routeType >= 1300 && routeType < 1400) return 'aerial-lift'
  if (routeType === 1400) return 'funicular'
  return 'other'
}
