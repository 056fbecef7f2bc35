const app = getApp()

Page({
  data: {
    draft: '',
    filter: 'all',
    filters: ['all', 'active', 'done'],
    visible: [],
    remaining: 0,
  },

  onLoad() {
    this.unsubscribe = app.store.subscribe(() => this.refresh())
    this.refresh()
  },

  onUnload() {
    this.unsubscribe()
  },

  refresh() {
    const todos = app.store.all()
    const { filter } = this.data
    const visible = todos.filter((t) => filter === 'all' || (filter === 'done') === t.done)
    this.setData({ visible, remaining: todos.filter((t) => !t.done).length })
  },

  onInput(e) {
    this.setData({ draft: e.detail.value })
  },

  onAdd() {
    const title = this.data.draft.trim()
    if (!title) return
    app.store.add(title)
    this.setData({ draft: '' })
  },

  onFilter(e) {
    this.setData({ filter: e.currentTarget.dataset.filter })
    this.refresh()
  },

  onToggle(e) {
    app.store.toggle(e.currentTarget.dataset.id)
  },

  onRemove(e) {
    app.store.remove(e.currentTarget.dataset.id)
  },
})
