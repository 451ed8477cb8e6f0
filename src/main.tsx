import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter } from 'react-router'
// From react-router/dom: it hands the router react-dom's flushSync, which `navigate(…, { flushSync: true })` needs
// (without it the option is ignored and the next page renders in a later task).
import { RouterProvider } from 'react-router/dom'
import { routes } from './app/routes'
import { registerServiceWorker } from './platform/app-update'
import './app/styles.css'

const container = document.getElementById('root')
if (!container) throw new Error('index.html must contain <div id="root">')

createRoot(container).render(
  <StrictMode>
    <RouterProvider router={createBrowserRouter(routes)} />
  </StrictMode>,
)

// The built app only: the development server's modules change as they are edited.
if (import.meta.env.PROD) void registerServiceWorker()
