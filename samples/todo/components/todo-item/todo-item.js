Component({
  properties: {
    title: { type: String, value: '' },
    done: { type: Boolean, value: false },
  },

  methods: {
    onTap() {
      this.triggerEvent('toggle', { done: !this.data.done })
    },

    onRemove() {
      this.triggerEvent('remove')
    },
  },
})
