// Interaction and navigation-bar APIs. They change the UI model; dialogs resolve when answered.
//
// Wording relied on:
// - showToast duration defaults to 1500 ms, icon to 'success' (wx.showToast docs).
// - "hideLoading:fail:toast can't be found" when nothing is shown (the client builds
//   "fail:toast can't be found"; apps quote the whole errMsg).
// - showModal: "showModal:fail confirmText length should not larger than 4 Chinese characters"
//   (what a device returns; the same check runs for cancelText). The answer is
//   `{ confirm, cancel }`, plus `content` for an editable modal.
// - showActionSheet: itemList at most 6 items (docs); "showActionSheet:fail cancel" when the
//   user cancels. The over-6 wording below is ours: no verbatim source found.

import { checkParams } from '../validate.ts'
import { type ApiArgs, type ApiContext, type ApiTable, fail, ok } from '../types.ts'
import type { ModalState } from './model.ts'

const TOAST_ICONS = ['success', 'error', 'loading', 'none'] as const
const MAX_SHEET_ITEMS = 6

function showToast(args: ApiArgs, ctx: ApiContext) {
  const error = checkParams(
    'showToast',
    args,
    { title: 'String' },
    { icon: 'String', image: 'String', duration: 'Number', mask: 'Boolean' },
  )
  if (error) return error
  const icon = TOAST_ICONS.find((i) => i === args.icon) ?? 'success'
  ctx.ui.showToast({
    kind: 'toast',
    title: args.title as string,
    icon,
    ...(args.image ? { image: args.image as string } : {}),
    duration: (args.duration as number | undefined) ?? 1500,
    mask: args.mask === true,
  })
  return ok('showToast')
}

function showLoading(args: ApiArgs, ctx: ApiContext) {
  const error = checkParams('showLoading', args, { title: 'String' }, { mask: 'Boolean' })
  if (error) return error
  ctx.ui.showToast({ kind: 'loading', title: args.title as string, mask: args.mask === true })
  return ok('showLoading')
}

function hide(api: 'hideToast' | 'hideLoading', kind: 'toast' | 'loading') {
  return (args: ApiArgs, ctx: ApiContext) => {
    const error = checkParams(api, args, {}, { noConflict: 'Boolean' })
    if (error) return error
    const hidden = ctx.ui.hideToast(kind, args.noConflict === true)
    return hidden ? ok(api) : { errMsg: `${api}:fail:toast can't be found` }
  }
}

/** The platform counts a CJK character as two and allows 8: "4 Chinese characters". */
function tooLong(text: string): boolean {
  return text.replace(/[\u0391-\uFFE5]/g, 'aa').length > 8
}

function modalState(args: ApiArgs): ModalState {
  const text = (name: string, fallback: string) => (args[name] as string | undefined) ?? fallback
  return {
    title: text('title', ''),
    content: text('content', ''),
    showCancel: args.showCancel !== false,
    cancelText: text('cancelText', '取消'),
    cancelColor: text('cancelColor', '#000000'),
    confirmText: text('confirmText', '确定'),
    confirmColor: text('confirmColor', '#576B95'),
    editable: args.editable === true,
    placeholderText: text('placeholderText', ''),
  }
}

async function showModal(args: ApiArgs, ctx: ApiContext) {
  const strings = ['title', 'content', 'cancelText', 'cancelColor', 'confirmText', 'confirmColor']
  const optional = Object.fromEntries(strings.map((s) => [s, 'String' as const]))
  const error = checkParams(
    'showModal',
    args,
    {},
    {
      ...optional,
      showCancel: 'Boolean',
      editable: 'Boolean',
      placeholderText: 'String',
    },
  )
  if (error) return error
  const state = modalState(args)
  for (const name of ['confirmText', 'cancelText'] as const) {
    if (tooLong(state[name]))
      return fail('showModal', `${name} length should not larger than 4 Chinese characters`)
  }
  const answer = await ctx.ui.openModal(state)
  const content = state.editable ? { content: answer.content ?? '' } : {}
  return ok('showModal', { confirm: answer.confirm, cancel: !answer.confirm, ...content })
}

async function showActionSheet(args: ApiArgs, ctx: ApiContext) {
  const error = checkParams(
    'showActionSheet',
    args,
    { itemList: 'Array' },
    { itemColor: 'String', alertText: 'String' },
  )
  if (error) return error
  const itemList = (args.itemList as unknown[]).map(String)
  if (itemList.length > MAX_SHEET_ITEMS)
    return fail(
      'showActionSheet',
      `parameter error: itemList should not be large than ${MAX_SHEET_ITEMS}`,
    )
  const tapIndex = await ctx.ui.openActionSheet({
    itemList,
    itemColor: (args.itemColor as string | undefined) ?? '#000000',
    ...(args.alertText ? { alertText: args.alertText as string } : {}),
  })
  return tapIndex === null ? fail('showActionSheet', 'cancel') : ok('showActionSheet', { tapIndex })
}

function setNavigationBarTitle(args: ApiArgs, ctx: ApiContext) {
  const error = checkParams('setNavigationBarTitle', args, { title: 'String' })
  if (error) return error
  ctx.setNavigationBar({ title: args.title as string })
  return ok('setNavigationBarTitle')
}

function setNavigationBarColor(args: ApiArgs, ctx: ApiContext) {
  const api = 'setNavigationBarColor'
  const error = checkParams(api, args, { frontColor: 'String', backgroundColor: 'String' })
  if (error) return error
  // Only white or black text is allowed (docs); this wording is ours.
  const front = (args.frontColor as string).toLowerCase()
  if (front !== '#ffffff' && front !== '#000000') return fail(api, `invalid frontColor "${front}"`)
  ctx.setNavigationBar({ frontColor: front, backgroundColor: args.backgroundColor as string })
  return ok(api)
}

function navigationBarLoading(api: string, loading: boolean) {
  return (_args: ApiArgs, ctx: ApiContext) => {
    ctx.setNavigationBar({ loading })
    return ok(api)
  }
}

export const uiApis: ApiTable = {
  showToast,
  hideToast: hide('hideToast', 'toast'),
  showLoading,
  hideLoading: hide('hideLoading', 'loading'),
  showModal,
  showActionSheet,
  setNavigationBarTitle,
  setNavigationBarColor,
  showNavigationBarLoading: navigationBarLoading('showNavigationBarLoading', true),
  hideNavigationBarLoading: navigationBarLoading('hideNavigationBarLoading', false),
}
