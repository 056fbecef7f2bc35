// The app's todo list: a plain object with listeners, shared by both pages through getApp().
import { nextId, reserveId } from './id.js'

export function createStore(initial) {
  const listeners = []
  const now = Date.now()
  let todos = initial.map((t) => ({ id: nextId(), created: now, ...t }))
  todos.forEach((t) => reserveId(t.id)) // saved items keep their ids; new ones come after
  const emit = () => listeners.forEach((fn) => fn(todos))
  return {
    all: () => todos,
    add(title) {
      todos = [...todos, { id: nextId(), title, done: false, created: Date.now() }]
      emit()
    },
    toggle(id) {
      todos = todos.map((t) => (t.id === id ? { ...t, done: !t.done } : t))
      emit()
    },
    remove(id) {
      todos = todos.filter((t) => t.id !== id)
      emit()
    },
    subscribe(fn) {
      listeners.push(fn)
      return () => listeners.splice(listeners.indexOf(fn), 1)
    },
  }
}
