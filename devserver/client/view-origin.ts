// Where page views run. By default on the other loopback name than the simulator page
// (127.0.0.1 ↔ localhost, same port): another site, so Chromium gives the views their own
// renderer process, as the phone runs its webviews apart from the client; a view that loops
// cannot freeze the simulator's UI and panels. `?views=same` keeps them on the page's origin
// (one process, and a view's DOM reachable from the page's devtools). On any other host name
// (a LAN address with --host) there is no second name that surely reaches the server, so views
// share the page's origin.

const OTHER_LOOPBACK: Record<string, string> = { '127.0.0.1': 'localhost', localhost: '127.0.0.1' }

export function viewFrameUrl(location: Location = window.location): string {
  const path = '/__mpsim/view.html'
  const mode = new URLSearchParams(location.search).get('views')
  const other = OTHER_LOOPBACK[location.hostname]
  if (mode === 'same' || !other) return `${location.origin}${path}`
  return `${location.protocol}//${other}:${location.port}${path}`
}
