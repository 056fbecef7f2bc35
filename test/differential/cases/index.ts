// Every differential case, by topic.
import type { DiffCase } from '../types.ts'
import { attrCases } from './attrs.ts'
import { eventCases } from './events-dataset.ts'
import { expressionCases } from './expressions.ts'
import { forCases } from './for.ts'
import { hiddenBlockCases } from './hidden-block.ts'
import { ifCases } from './if.ts'
import { importIncludeCases } from './import-include.ts'
import { keyCases } from './key.ts'
import { patchCases } from './patches.ts'
import { templateCases } from './template.ts'
import { textCases } from './text.ts'
import { wxsCases } from './wxs.ts'

export const allCases: DiffCase[] = [
  ...textCases,
  ...attrCases,
  ...expressionCases,
  ...ifCases,
  ...forCases,
  ...keyCases,
  ...templateCases,
  ...importIncludeCases,
  ...wxsCases,
  ...hiddenBlockCases,
  ...eventCases,
  ...patchCases,
]
