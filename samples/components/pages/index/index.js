Page({
  data: {
    libraries: [
      { name: '@vant/weapp', route: '/pages/vant/index', note: 'Vant Weapp' },
      { name: 'tdesign-miniprogram', route: '/pages/tdesign/index', note: 'TDesign' },
      { name: 'weui-miniprogram', route: '/pages/weui/index', note: 'WeUI' },
    ],
  },
  open(e) {
    wx.navigateTo({ url: e.currentTarget.dataset.route })
  },
})
