const { createStore } = require('./utils/store.js')

const FIRST_RUN = [
  { title: 'Read the WXML docs', done: true },
  { title: 'Write a component', done: false },
  { title: 'Ship the mini program', done: false },
]

App({
  onLaunch() {
    // The list survives a relaunch: it is kept in storage on every change.
    const saved = wx.getStorageSync('todos')
    this.store = createStore(Array.isArray(saved) ? saved : FIRST_RUN)
    this.store.subscribe((todos) => wx.setStorageSync('todos', todos))
  },
})
