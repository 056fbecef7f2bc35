// The libraries come from package.json's dependencies: mpsim mounts them under miniprogram_npm
// as the devtools' "build npm" would copy them.
App({
  globalData: { libraries: ['vant', 'tdesign', 'weui'] },
})
