// Links between built-ins found through the DOM: form ↔ fields, groups ↔ choices, label → control.

/** A named form field (input, textarea, switch, slider, picker, checkbox-group, radio-group). */
export interface FormField {
  name(): string
  value(): unknown
  reset(): void
}

/** A checkbox or radio inside a group. */
export interface Choice {
  value(): string
  checked(): boolean
  setChecked(on: boolean): void
}

export interface FormHandle {
  submit(): void
  reset(): void
}

export interface Group {
  /** A choice was toggled by the user. */
  changed(choice: Choice): void
}

export const fields = new WeakMap<Element, FormField>()
export const choices = new WeakMap<Element, Choice>()
export const forms = new WeakMap<Element, FormHandle>()
export const groups = new WeakMap<Element, Group>()
/** What a label tap does to the control it targets. */
export const activators = new WeakMap<Element, () => void>()

/** The choices of a group, in document order. */
export function choicesIn(group: Element, tag: string): Choice[] {
  const out: Choice[] = []
  for (const node of group.querySelectorAll(tag)) {
    const c = choices.get(node)
    if (c && node.parentElement?.closest(group.tagName) === group) out.push(c)
  }
  return out
}
