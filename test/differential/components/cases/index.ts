// Every component case, by topic.
import type { ComponentCase } from '../types.ts'
import { classBindingCases } from './classes-binding.ts'
import { eventCases } from './events.ts'
import { lifetimeCases } from './lifetimes.ts'
import { observerCases } from './observers.ts'
import { propertyCases } from './properties.ts'
import { relationCases } from './relations.ts'
import { slotCases } from './slots.ts'

export const componentCases: ComponentCase[] = [
  ...propertyCases,
  ...observerCases,
  ...slotCases,
  ...relationCases,
  ...lifetimeCases,
  ...eventCases,
  ...classBindingCases,
]
