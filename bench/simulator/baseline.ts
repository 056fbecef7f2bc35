// The baseline page: the todo sample's first page written by hand as one static HTML file (the
// same three items, the same element names and classes as the simulator's view, styles inline)
// and a plain DOM click handler that toggles an item the way the sample's tap does (the `done`
// class and the check mark). It is served by the same dev server (from the project's folder,
// /__mpsim/project/) and loaded the same way as the simulator, so both share the browser's and
// the server's costs; what the simulator adds on top is its own.

export const BASELINE_FILE = 'bench-baseline.html'

const ITEMS = [
  { title: 'Read the WXML docs', done: true },
  { title: 'Write a component', done: false },
  { title: 'Ship the mini program', done: false },
]

const slug = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-')

const item = ({ title, done }: { title: string; done: boolean }) => `
      <todo-item id="todo-${slug(title)}">
        <div class="t--item${done ? ' t--done' : ''}">
          <div class="t--check">${done ? '✓' : ''}</div>
          <div class="t--body">
            <span class="t--title">${title}</span>
            <span class="created muted">just now</span>
          </div>
          <div class="t--remove">×</div>
        </div>
      </todo-item>`

const STYLE = `
  html, body { margin: 0; }
  body { font-family: -apple-system, sans-serif; font-size: 16px; background: #f6f6f6; }
  .page { padding: 16px; }
  .add { display: flex; align-items: center; margin-bottom: 12px; }
  .add-input { flex: 1; height: 36px; padding: 0 8px; background: #fff; border: 0; border-radius: 4px; }
  .add-btn { margin-left: 8px; }
  .filters { display: flex; margin-bottom: 8px; }
  .filter { padding: 4px 10px; margin-right: 6px; border-radius: 12px; }
  .filter.active { background: #3366ff; color: #fff; }
  todo-item { display: block; }
  .t--item { display: flex; align-items: center; padding: 12px; margin-bottom: 6px; background: #fff; border-radius: 6px; }
  .t--check { width: 20px; height: 20px; margin-right: 10px; border: 1px solid #3366ff; border-radius: 50%; text-align: center; line-height: 20px; }
  .t--body { flex: 1; display: flex; flex-direction: column; }
  .t--done .t--title { color: #999; text-decoration: line-through; }
  .t--remove { padding: 0 6px; color: #999; }
  .muted { color: #999; font-size: 12px; }
  .footer { display: flex; justify-content: space-between; margin-top: 12px; }
  .link { color: #3366ff; }`

// The same behaviour as the sample's tap on an item: toggle its done state, redraw the mark.
const SCRIPT = `
  document.addEventListener('click', (event) => {
    const row = event.target.closest('.t--item')
    if (!row) return
    const done = row.classList.toggle('t--done')
    row.querySelector('.t--check').textContent = done ? '✓' : ''
  })`

export function baselineHtml(): string {
  return `<!doctype html>
<html>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>todo (static baseline)</title>
    <style>${STYLE}</style>
  </head>
  <body>
    <div class="page">
      <div class="add"><input class="add-input" placeholder="What needs doing?" /><button class="add-btn" disabled>Add</button></div>
      <div class="filters"><div class="filter active">all</div><div class="filter">active</div><div class="filter">done</div></div>
      ${ITEMS.map(item).join('')}
      <div class="footer"><span>2 items left</span><a class="link" href="#">Stats</a></div>
    </div>
    <script>${SCRIPT}</script>
  </body>
</html>
`
}
