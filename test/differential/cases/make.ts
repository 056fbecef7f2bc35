// A short way to write a one-file case.
import type { DiffCase } from '../types.ts'

export function single(
  topic: string,
  name: string,
  wxml: string,
  data: Record<string, unknown> = {},
  patches?: DiffCase['patches'],
  extra: Partial<DiffCase> = {},
): DiffCase {
  return {
    name: `${topic}: ${name}`,
    files: { 'index.wxml': wxml },
    data,
    ...(patches ? { patches } : {}),
    ...extra,
  }
}
