// Emits /sw.js at build time: service-worker/sw-template.js with the build's files and a version made from their
// names and contents (public/ included: a changed robots.txt is a new version too, though its name is not).
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'

/** Files of public/ the app uses, kept as well (the build's own files are listed from the bundle). */
const publicFiles = ['/favicon.svg', '/robots.txt']

export function serviceWorker(): Plugin {
  let publicDir = ''
  return {
    name: 'mp-wizard-service-worker',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir
    },
    generateBundle(_options, bundle) {
      const built = Object.keys(bundle)
        .filter((name) => !name.endsWith('.map') && name !== 'sw.js')
        .map((name) => `/${name}`)
      const files = [...new Set(['/index.html', ...built, ...publicFiles])].sort()
      const hash = createHash('sha256').update(files.join('\n'))
      for (const name of Object.keys(bundle).sort()) {
        const output = bundle[name]!
        hash.update(output.type === 'chunk' ? output.code : output.source)
      }
      for (const file of publicFiles) hash.update(readFileSync(join(publicDir, file)))
      const version = hash.digest('hex').slice(0, 16)
      const template = readFileSync(new URL('./sw-template.js', import.meta.url), 'utf8')
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: template
          .replace("'__VERSION__'", JSON.stringify(version))
          .replace('__FILES__', JSON.stringify(files)),
      })
    },
  }
}
