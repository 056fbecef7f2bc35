// The device chooser above the phone: the presets by name, or a custom width × height and
// pixel ratio.

import { customDevice, deviceNames, presetNamed } from '../devices.ts'
import { h } from '../dom.ts'
import type { DevicePreset } from '../session.ts'

export const CUSTOM = 'Custom'

export const ZOOMS = [1, 0.75, 0.5]

export function createDevicePicker(
  doc: Document,
  onPick: (device: DevicePreset) => void,
  onZoom: (zoom: number) => void,
) {
  const select = h(
    doc,
    'select.mpsim-device-select',
    { 'aria-label': 'Device', onchange: () => pick() },
    ...[...deviceNames, CUSTOM].map((name) => h(doc, 'option', { value: name }, name)),
  ) as HTMLSelectElement
  const number = (label: string, value: number, step = 1) =>
    h(doc, 'input.mpsim-device-size', {
      type: 'number',
      min: 1,
      step,
      value,
      'aria-label': label,
      onchange: () => pick(),
    }) as HTMLInputElement
  const width = number('Width', 375)
  const height = number('Height', 667)
  const ratio = number('Pixel ratio', 2, 0.125)
  const custom = h(doc, 'span.mpsim-device-custom', {}, width, ' × ', height, ' @', ratio, 'x')
  const zoom = h(
    doc,
    'select.mpsim-zoom-select',
    { 'aria-label': 'Zoom', onchange: () => onZoom(Number(zoom.value)) },
    ...ZOOMS.map((z) => h(doc, 'option', { value: z }, `${z * 100}%`)),
  ) as HTMLSelectElement
  const el = h(doc, 'div.mpsim-toolbar', {}, select, custom, zoom)

  function pick() {
    const isCustom = select.value === CUSTOM
    custom.hidden = !isCustom
    const device = isCustom
      ? customDevice(
          Number(width.value) || 375,
          Number(height.value) || 667,
          Number(ratio.value) || 2,
        )
      : presetNamed(select.value)
    if (device) onPick(device)
  }

  return {
    el,
    /** Shows a device as chosen (a preset by its model name, else as custom). */
    show(device: DevicePreset) {
      const known = deviceNames.find((n) => presetNamed(n)?.model === device.model)
      select.value = known ?? CUSTOM
      custom.hidden = Boolean(known)
      width.value = String(device.screenWidth)
      height.value = String(device.screenHeight)
      ratio.value = String(device.pixelRatio)
    },
  }
}
