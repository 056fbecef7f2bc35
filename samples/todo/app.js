const { createStore } = require('./utils/store.js')

App({
  onLaunch() {
    this.store = createStore([
      { title: 'Read the WXML docs', done: true },
      { title: 'Write a component', done: false },
      { title: 'Ship the mini program', done: false },
    ])
  },
})
