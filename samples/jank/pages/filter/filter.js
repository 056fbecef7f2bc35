// A list of 3,000 rows filtered on every keystroke, and every match sent to the view again:
// the filtering and the diff are logic's work, the new rows are the view's.

const ROWS = 3000
const WORDS = ['apple', 'banana', 'cherry', 'damson', 'elder', 'fig', 'grape', 'hazel']

function makeRows() {
  const rows = []
  for (let i = 0; i < ROWS; i++) {
    const word = WORDS[i % WORDS.length]
    rows.push({ id: i, label: `${word} ${i}`, price: ((i * 37) % 1000) / 10 })
  }
  return rows
}

Page({
  data: { query: '', shown: [], count: 0, keystrokes: 0 },

  onLoad() {
    this.rows = makeRows()
    this.setData({ shown: this.rows, count: this.rows.length })
  },

  onInput(e) {
    const query = e.detail.value.trim().toLowerCase()
    const shown = query ? this.rows.filter((row) => row.label.includes(query)) : this.rows
    this.setData({ query, shown, count: shown.length, keystrokes: this.data.keystrokes + 1 })
  },
})
