// A static server for a built single-page app, for the benches: unknown paths get index.html.
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join } from 'node:path'

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
}

/** Serves `dir` on 127.0.0.1 at a free port; resolves with the listening server. */
export function serve(dir) {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://x').pathname
    let path = join(dir, pathname)
    if (!path.startsWith(dir)) return void response.writeHead(404).end()
    if (!existsSync(path) || statSync(path).isDirectory()) path = join(dir, 'index.html')
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' })
    createReadStream(path).pipe(response)
  })
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)))
}
