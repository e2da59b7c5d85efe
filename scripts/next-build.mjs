// `next build` in two processes, compile then generate, so Turbopack's memory is freed before
// pages are generated (the build's peak); between them, the citizen pages' app chunk is moved
// after the first paint (scripts/lib/appScriptsAfterPaint.mjs). Every build goes through here.
// As a command: `node scripts/next-build.mjs`; the environment passes through (PLAZA_DIST_DIR…).
import { spawn } from 'node:child_process'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { deferCitizenAppChunksInBuild } from './lib/appScriptsAfterPaint.mjs'

const root = path.resolve(import.meta.dirname, '..')
const next = path.join(root, 'node_modules/.bin/next')

/**
 * Runs the two steps through the caller's `run` (its environment, output and Ctrl-C handling).
 * @param {(command: string, args: string[]) => Promise<void>} run
 * @param {string} [distDir] the PLAZA_DIST_DIR that `run` passes to Next, if not this process's
 */
export async function nextBuild(run, distDir = process.env.PLAZA_DIST_DIR || '.next') {
  await run(next, ['build', '--experimental-build-mode=compile'])
  deferCitizenAppChunksInBuild(path.resolve(root, distDir))
  await run(next, ['build', '--experimental-build-mode=generate'])
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  /** @type {import('node:child_process').ChildProcess | null} */
  let step = null
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
    process.on(signal, () => step?.kill(signal))
  nextBuild(
    (command, args) =>
      new Promise((resolve, reject) => {
        step = spawn(command, args, { stdio: 'inherit' })
        step.on('exit', (code, signal) =>
          code === 0 ? resolve() : reject(new Error(`next ${args.join(' ')}: ${code ?? signal}`)),
        )
      }),
  ).catch((error) => {
    console.error(`next-build: ${error.message}`)
    process.exit(1)
  })
}
