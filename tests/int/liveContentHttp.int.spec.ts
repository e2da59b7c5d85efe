// Live content changes only as the role allows, through REST (with and without `draft`)
// and GraphQL over a real HTTP server (tests/helpers/liveContentMatrix.ts).
import { describeLiveContentMatrix } from '../helpers/liveContentMatrix'

describeLiveContentMatrix(['REST', 'GraphQL'])
