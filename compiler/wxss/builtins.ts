// WXSS tag selectors of built-in components become the `wx-<tag>` elements the renderer draws.

import { isBuiltinTag } from '../../runtime/shared/builtin-tags.ts'

export { isBuiltinTag }

/** The element name the renderer uses for a tag: `wx-view` for built-ins, else the tag itself. */
export function renderedTagName(tag: string): string {
  return isBuiltinTag(tag) ? `wx-${tag}` : tag
}
