import type { Timetable } from './model'

export interface LineChoice {
  id: number
  name: string
  routeId: string
}

/**
 * Labels that tell every line apart (WCAG 2.4.6): a repeated name gets its agency, then its
 * route_id when that is not enough.
 */
export function distinctLineLabels(
  lines: LineChoice[],
  timetable?: Pick<Timetable, 'routes' | 'agencies'> | null,
): { id: number; label: string }[] {
  const agencyName = new Map(timetable?.agencies.map((a) => [a.id, a.name]) ?? [])
  const agencyOf = new Map(
    timetable?.routes.map((r) => [r.id, agencyName.get(r.agency) ?? r.agency]) ?? [],
  )
  const repeated = (labels: string[]) => {
    const seen = new Map<string, number>()
    for (const label of labels) seen.set(label, (seen.get(label) ?? 0) + 1)
    return (label: string) => seen.get(label)! > 1
  }
  const nameRepeated = repeated(lines.map((line) => line.name))
  const first = lines.map((line) => {
    const agency = agencyOf.get(line.routeId)
    return nameRepeated(line.name) && agency ? `${line.name} (${agency})` : line.name
  })
  const stillRepeated = repeated(first)
  return lines.map((line, i) => {
    if (!stillRepeated(first[i])) return { id: line.id, label: first[i] }
    const details = [agencyOf.get(line.routeId), line.routeId].filter(Boolean)
    return { id: line.id, label: `${line.name} (${details.join(', ')})` }
  })
}
