// The app's service worker, made by service-worker/plugin.ts at build time: it fills in the build's version and
// the list of files to keep. After the first visit every page works with the network off: the files are served
// from the cache (cache first), and any address of the app opens its index.html, whose router shows the page.
// Requests to /api (the team server) and to other origins are left to the network. A new version installs beside
// the running one and waits: the page announces it, and it takes over only when the user asks (skip-waiting).
// Matching ignores Vary: the server varies on Origin, which a module script's request has and the kept copy lacks.
const version = '__VERSION__'
const files = __FILES__
const cacheName = `mp-wizard-${version}`

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(cacheName).then((cache) => cache.addAll(files)))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith('mp-wizard-') && key !== cacheName) await caches.delete(key)
      }
      await self.clients.claim()
    })(),
  )
})

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting()
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return
  if (request.mode === 'navigate') {
    event.respondWith(
      caches
        .open(cacheName)
        .then((cache) => cache.match('/index.html', { ignoreVary: true }))
        .then((page) => page ?? fetch(request)),
    )
    return
  }
  event.respondWith(
    caches
      .open(cacheName)
      .then((cache) => cache.match(request, { ignoreVary: true }))
      .then((hit) => hit ?? fetch(request)),
  )
})
