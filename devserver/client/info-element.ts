// The id of the JSON script element in which the dev server writes the simulator page's
// DevInfo (server/index.ts writes it, early-start.ts reads it). No imports: both sides use it.

export const INFO_ELEMENT_ID = 'mpsim-info'
