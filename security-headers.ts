// The HTTP headers the built app is served with: `vite preview` sets them (vite.config.ts), so every end-to-end
// test runs under them, and the README shows them for any static host. No inline script, no eval, nothing from
// another origin; the app is never framed.
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // Logo previews are object URLs; the favicon and images are the app's own.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // Only the app's own origin: the team server is reached as /api on it.
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
}
