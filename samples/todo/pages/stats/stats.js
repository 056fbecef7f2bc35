const app = getApp()

Page({
  data: { total: 0, done: 0 },

  onShow() {
    const todos = app.store.all()
    this.setData({ total: todos.length, done: todos.filter((t) => t.done).length })
  },
})
