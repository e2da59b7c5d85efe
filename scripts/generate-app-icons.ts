// Makes the bundled app icons with the same code as a city's own; run once and commit the PNGs:
//   npx tsx scripts/generate-app-icons.ts
import fs from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'

import { appIconSpecs, renderAppIcon } from '../src/lib/pwa/icons'
import { DEFAULT_THEME_COLOR } from '../src/lib/pwa/manifest'

// A square tile in the default theme colour with a plaza's arcade (three arches).
const mark = (
  tile: boolean,
) => `<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024" viewBox="0 0 1024 1024">
  ${tile ? `<rect x="0" y="0" width="1024" height="1024" rx="192" fill="${DEFAULT_THEME_COLOR}"/>` : ''}
  <g fill="#ffffff">
    <rect x="192" y="232" width="640" height="72" rx="12"/>
    <path d="M224 344h576v448H672V560a96 96 0 0 0-192 0v232h-16V560a96 96 0 0 0-192 0v232H224z"/>
    <rect x="160" y="792" width="704" height="64" rx="12"/>
  </g>
</svg>`

const outDir = path.resolve(import.meta.dirname, '..', 'public', 'icons')
await fs.mkdir(outDir, { recursive: true })
const tile = await sharp(Buffer.from(mark(true)))
  .png()
  .toBuffer()
// The badge is a silhouette: the arcade alone, without the tile.
const arcade = await sharp(Buffer.from(mark(false)))
  .png()
  .toBuffer()
for (const spec of appIconSpecs) {
  const source = spec.file.startsWith('badge') ? arcade : tile
  // Maskable icons are cropped to a circle or squircle: fill with the theme colour.
  const png = await renderAppIcon(source, spec, DEFAULT_THEME_COLOR)
  await fs.writeFile(path.join(outDir, spec.file), png)
  console.log(`public/icons/${spec.file}: ${spec.size}×${spec.size}, ${png.length} bytes`)
}
