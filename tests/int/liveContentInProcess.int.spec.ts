// Live content changes only as the role allows, through the Local API (`overrideAccess:
// false`) and `asUser()`: the in-process spellings (tests/helpers/liveContentMatrix.ts).
import { describeLiveContentMatrix } from '../helpers/liveContentMatrix'

describeLiveContentMatrix(['Local API', 'asUser()'])
