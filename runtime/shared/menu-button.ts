// The capsule (menu button) at the top right, for the host's getMenuButtonBoundingClientRect and
// the logic thread's synchronous one (which only has the launch system info): 87×32, 7 px from
// the right edge, 4 px below the status bar (the values apps commonly report for iPhone 6/7/8:
// top 24, right 368, bottom 56, left 281; from memory, not from a source found here).

export type MenuButtonRect = {
  width: number
  height: number
  top: number
  right: number
  bottom: number
  left: number
}

export function menuButtonRect(screen: {
  statusBarHeight: number
  screenWidth: number
}): MenuButtonRect {
  const width = 87
  const height = 32
  const top = screen.statusBarHeight + 4
  const right = screen.screenWidth - 7
  return { width, height, top, right, bottom: top + height, left: right - width }
}
