// The devices the simulator offers: the host's presets (runtime/host/apis/device.ts, so the
// frame and wx.getSystemInfo agree) and a custom size built on the closest preset.

import { devicePresets, type DevicePreset } from '../../../runtime/host/apis/device.ts'

export const deviceNames = Object.keys(devicePresets) as (keyof typeof devicePresets)[]

export function presetNamed(name: string): DevicePreset | null {
  const preset = (devicePresets as Record<string, DevicePreset>)[name]
  return preset ? { ...preset } : null
}

/** A device of any size: iOS-like, no notch, its status bar 20 px (44 px past 800 px tall). */
export function customDevice(width: number, height: number, pixelRatio = 2): DevicePreset {
  const base = devicePresets['iPhone SE']
  return {
    ...base,
    model: `Custom ${width}×${height}`,
    screenWidth: Math.round(width),
    screenHeight: Math.round(height),
    pixelRatio,
    statusBarHeight: height > 800 ? 44 : 20,
  }
}

/** The home-indicator strip at the bottom (notched phones): screen below the safe area. */
export function bottomInset(device: DevicePreset): number {
  return device.safeArea ? device.screenHeight - device.safeArea.bottom : 0
}
