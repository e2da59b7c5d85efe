// The shape of the code a reader meets: largest modules, longest functions and the share of
// comment lines, over hand-written TypeScript (generated types, migrations and seed data left out).
// Usage: tsx bench/codeShape.ts [top=12]
import fs from 'node:fs'
import path from 'node:path'

import ts from 'typescript'

const top = Number(process.argv[2] || 12)
const root = path.resolve(import.meta.dirname, '..')
const roots = ['src', 'collections', 'payload.config.ts']
const skipped = [/payload-types\.ts$/, /^src\/lib\/seed\/data\//, /importMap\.js$/]

function walk(rel: string, out: string[]) {
  const full = path.join(root, rel)
  if (!fs.existsSync(full)) return
  if (fs.statSync(full).isFile()) {
    if (/\.(ts|tsx|mts)$/.test(rel) && !skipped.some((re) => re.test(rel))) out.push(rel)
    return
  }
  for (const name of fs.readdirSync(full)) walk(path.posix.join(rel, name), out)
}

type Fn = { file: string; name: string; lines: number }

function functionName(node: ts.Node): string {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name) {
    return node.name.getText()
  }
  const parent = node.parent
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText()
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText()
  return '(anonymous)'
}

const files: string[] = []
for (const r of roots) walk(r, files)

const sizes: { file: string; lines: number }[] = []
const functions: Fn[] = []
let codeLines = 0
let commentLines = 0

for (const file of files) {
  const text = fs.readFileSync(path.join(root, file), 'utf8')
  const lines = text.split('\n')
  sizes.push({ file, lines: lines.length })
  let inBlock = false
  for (const raw of lines) {
    const line = raw.trim()
    if (!line) continue
    if (inBlock) {
      commentLines++
      if (line.includes('*/')) inBlock = false
    } else if (line.startsWith('//')) commentLines++
    else if (line.startsWith('/*')) {
      commentLines++
      inBlock = !line.includes('*/')
    } else codeLines++
  }
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const visit = (node: ts.Node) => {
    if (
      ts.isFunctionDeclaration(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isFunctionExpression(node) ||
      ts.isArrowFunction(node)
    ) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line
      functions.push({ file, name: functionName(node), lines: end - start + 1 })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
}

sizes.sort((a, b) => b.lines - a.lines)
functions.sort((a, b) => b.lines - a.lines)
const share = (100 * commentLines) / (commentLines + codeLines)

console.log(`files: ${files.length}`)
console.log(
  `comment share: ${share.toFixed(1)} % (${commentLines} comment lines, ${codeLines} code lines)`,
)
console.log(`modules over 300 lines: ${sizes.filter((s) => s.lines > 300).length}`)
console.log(`functions over 60 lines: ${functions.filter((f) => f.lines > 60).length}`)
console.log(`\nlargest modules:`)
for (const s of sizes.slice(0, top)) console.log(`  ${String(s.lines).padStart(5)}  ${s.file}`)
console.log(`\nlongest functions:`)
for (const f of functions.slice(0, top)) {
  console.log(`  ${String(f.lines).padStart(5)}  ${f.file}  ${f.name}`)
}
