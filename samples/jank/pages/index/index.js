// The scenarios, one page each.

Page({
  data: {
    scenarios: [
      { name: 'heavy', title: 'Heavy tap handler', note: 'each tap computes for 200 ms' },
      { name: 'filter', title: 'Filter as you type', note: '3,000 rows filtered per keystroke' },
      { name: 'stream', title: 'setData 60 times a second', note: 'a large payload each time' },
      { name: 'scroll', title: 'Scroll-driven animation', note: 'onPageScroll does the maths' },
    ],
  },
})
