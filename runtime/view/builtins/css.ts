// Default styles of every view document: the display of each wx-* element and the look of the
// form controls, after WeChat's WebView defaults (classic, pre-"style v2" button look). Text is
// in the system's sans-serif, as the client's webviews draw it (a browser's default is serif).

const layout = `
[hidden] { display: none !important; }
page { display: block; }
body { font-family: -apple-system, BlinkMacSystemFont, 'PingFang SC', 'Helvetica Neue', 'Microsoft YaHei', sans-serif; }
wx-view, wx-scroll-view, wx-swiper, wx-swiper-item, wx-form, wx-navigator, wx-cover-view,
wx-cover-image, wx-movable-area, wx-picker-view, wx-picker-view-column, wx-web-view,
wx-editor, wx-page-container, wx-root-portal, wx-match-media { display: block; }
wx-text, wx-label, wx-rich-text { display: inline; }
wx-text { white-space: pre-line; user-select: none; -webkit-user-select: none; }
wx-text[selectable], wx-rich-text[selectable] { display: inline-block; user-select: text; -webkit-user-select: text; }
.wx-content { display: contents; }
wx-label, wx-navigator, wx-checkbox, wx-radio, wx-switch { cursor: pointer; }
wx-navigator { height: auto; width: auto; }
.navigator-hover { background-color: rgba(0, 0, 0, 0.1); opacity: 0.7; }
`

const media = `
wx-image { display: inline-block; width: 320px; height: 240px; overflow: hidden; position: relative; }
.wx-image-box { width: 100%; height: 100%; }
.wx-image-img { display: none; }
wx-image[mode='widthFix'] { height: auto !important; }
wx-image[mode='heightFix'] { width: auto !important; }
wx-image[mode='widthFix'] > .wx-image-box, wx-image[mode='heightFix'] > .wx-image-box { display: none; }
wx-image[mode='widthFix'] > .wx-image-img { display: block; width: 100%; height: auto; }
wx-image[mode='heightFix'] > .wx-image-img { display: block; height: 100%; width: auto; }
.wx-cover-image-img { display: block; width: 100%; height: 100%; }
wx-cover-view { overflow: hidden; white-space: nowrap; text-overflow: ellipsis; line-height: 1.2; }
wx-video { display: inline-block; width: 300px; height: 225px; background: #000; }
wx-canvas, wx-map { display: block; width: 300px; height: 150px; }
wx-icon { display: inline-block; font-size: 0; vertical-align: middle; }
wx-icon svg { display: block; }
`

const containers = `
wx-scroll-view { position: relative; width: 100%; }
.wx-scroll-view { width: 100%; height: 100%; max-height: inherit; -webkit-overflow-scrolling: touch; }
wx-scroll-view[enable-flex] > .wx-scroll-view { display: inherit; flex-direction: inherit;
  flex-wrap: inherit; align-items: inherit; justify-content: inherit; align-content: inherit; }
wx-scroll-view[hide-scrollbar] > .wx-scroll-view { scrollbar-width: none; }
wx-scroll-view[hide-scrollbar] > .wx-scroll-view::-webkit-scrollbar { display: none; }
wx-swiper { position: relative; height: 150px; overflow: hidden; }
.wx-swiper-wrapper { position: relative; width: 100%; height: 100%; overflow: hidden; }
.wx-swiper-slides { display: flex; height: 100%; will-change: transform; }
wx-swiper[vertical] .wx-swiper-slides { flex-direction: column; }
.wx-swiper-slides > wx-swiper-item { flex: 0 0 calc(100% / var(--wx-swiper-items, 1));
  width: 100%; height: 100%; overflow: hidden; box-sizing: border-box; }
wx-swiper[vertical] .wx-swiper-slides > wx-swiper-item { height: calc(100% / var(--wx-swiper-items, 1)); }
.wx-swiper-dots { position: absolute; left: 50%; bottom: 10px; transform: translateX(-50%);
  display: flex; font-size: 0; pointer-events: none; }
wx-swiper[vertical] .wx-swiper-dots { left: auto; right: 10px; bottom: auto; top: 50%;
  transform: translateY(-50%); flex-direction: column; }
.wx-swiper-dot { width: 8px; height: 8px; border-radius: 50%; margin: 0 4px; }
wx-swiper[vertical] .wx-swiper-dot { margin: 4px 0; }
`

const button = `
wx-button { position: relative; display: block; margin-left: auto; margin-right: auto;
  padding-left: 14px; padding-right: 14px; box-sizing: border-box; font-size: 18px;
  text-align: center; text-decoration: none; line-height: 2.55555556; border-radius: 5px;
  overflow: hidden; color: #000; background-color: #f8f8f8; cursor: pointer;
  border: 1px solid rgba(0, 0, 0, 0.2); -webkit-tap-highlight-color: transparent; }
wx-button[type='primary'] { color: #fff; background-color: #1aad19; }
wx-button[type='warn'] { color: #fff; background-color: #e64340; }
wx-button[size='mini'] { display: inline-block; line-height: 2.3; font-size: 13px; padding: 0 1.34em; }
wx-button[plain] { color: #353535; border-color: #353535; background-color: transparent; }
wx-button[plain][type='primary'] { color: #1aad19; border-color: #1aad19; }
wx-button[plain][type='warn'] { color: #e64340; border-color: #e64340; }
wx-button[disabled] { color: rgba(0, 0, 0, 0.3); background-color: #f7f7f7; cursor: default; }
wx-button[disabled][type='primary'] { background-color: #9ed99d; color: rgba(255, 255, 255, 0.6); }
wx-button[disabled][type='warn'] { background-color: #ec8b89; color: rgba(255, 255, 255, 0.6); }
wx-button[loading]::before { content: ' '; display: inline-block; width: 18px; height: 18px;
  margin: 0 5px 0 0; vertical-align: middle; border-radius: 50%; box-sizing: border-box;
  border: 2px solid currentColor; border-right-color: transparent;
  animation: wx-spin 1s linear infinite; }
@keyframes wx-spin { to { transform: rotate(360deg); } }
.button-hover { background-color: #dedede; color: rgba(0, 0, 0, 0.6); }
wx-button[type='primary'].button-hover { background-color: #179b16; color: rgba(255, 255, 255, 0.6); }
wx-button[type='warn'].button-hover { background-color: #ce3c39; color: rgba(255, 255, 255, 0.6); }
`

const fields = `
wx-input { display: block; height: 1.4rem; min-height: 1.4rem; overflow: hidden; cursor: auto; }
wx-textarea { display: block; width: 300px; height: 150px; cursor: auto; }
wx-textarea[auto-height] { height: auto; min-height: 1.4em; }
.wx-input-wrapper { position: relative; width: 100%; height: 100%; }
.wx-input-control { display: block; width: 100%; height: 100%; border: 0; padding: 0; margin: 0;
  outline: none; background: transparent; font: inherit; color: inherit; text-align: inherit;
  resize: none; box-sizing: border-box; }
.input-placeholder { position: absolute; inset: 0; color: #808080; pointer-events: none;
  overflow: hidden; white-space: nowrap; text-overflow: clip; }
wx-checkbox, wx-radio, wx-switch { display: inline-block; }
.wx-checkbox-wrapper, .wx-radio-wrapper, .wx-switch-wrapper { display: inline-flex; align-items: center; }
.wx-checkbox-input, .wx-radio-input { position: relative; width: 22px; height: 22px; margin-right: 5px;
  border: 1px solid #d1d1d1; border-radius: 3px; background: #fff; box-sizing: border-box;
  color: #09bb07; font-size: 0; }
.wx-radio-input { border-radius: 50%; }
.wx-checkbox-input-checked::before { content: ''; position: absolute; left: 6px; top: 2px; width: 6px;
  height: 11px; border: solid currentColor; border-width: 0 2px 2px 0; transform: rotate(45deg); }
.wx-radio-input-checked { background-color: currentColor; border-color: currentColor; }
.wx-radio-input-checked::before { content: ''; position: absolute; left: 6px; top: 3px; width: 5px;
  height: 10px; border: solid #fff; border-width: 0 2px 2px 0; transform: rotate(45deg); }
.wx-checkbox-input-disabled, .wx-radio-input-disabled { background-color: #e1e1e1; opacity: 0.7; }
.wx-switch-input { position: relative; width: 52px; height: 32px; margin-right: 5px; border-radius: 16px;
  border: 1px solid #dfdfdf; background-color: #dfdfdf; box-sizing: border-box; transition: background-color 0.1s; }
.wx-switch-input::before { content: ''; position: absolute; inset: 0; border-radius: 15px; background: #fdfdfd;
  transition: transform 0.3s; }
.wx-switch-input::after { content: ''; position: absolute; top: 0; left: 0; width: 30px; height: 30px;
  border-radius: 15px; background: #fff; box-shadow: 0 1px 3px rgba(0, 0, 0, 0.4); transition: transform 0.3s; }
.wx-switch-input-checked { background-color: #04be02; border-color: #04be02; }
.wx-switch-input-checked::before { transform: scale(0); }
.wx-switch-input-checked::after { transform: translateX(20px); }
.wx-switch-input-disabled { opacity: 0.7; }
`

const misc = `
wx-progress { display: flex; align-items: center; }
.wx-progress-bar { flex: 1; height: 6px; background-color: #ebebeb; overflow: hidden; }
.wx-progress-inner-bar { width: 0; height: 100%; background-color: #09bb07; }
.wx-progress-info { margin-top: 0; margin-bottom: 0; min-width: 2em; margin-left: 15px; font-size: 16px; }
wx-slider { display: block; margin: 10px 18px; padding: 0; }
.wx-slider-wrapper { display: flex; align-items: center; min-height: 16px; }
.wx-slider-input { flex: 1; margin: 0; accent-color: var(--wx-slider-active, #1aad19); }
.wx-slider-input::-webkit-slider-runnable-track { height: 2px; background: linear-gradient(to right,
  var(--wx-slider-active, #1aad19) var(--wx-slider-fill, 0%), var(--wx-slider-background, #e9e9e9) 0); }
.wx-slider-input::-webkit-slider-thumb { -webkit-appearance: none; margin-top: calc(1px - var(--wx-slider-block-size, 28px) / 2);
  width: var(--wx-slider-block-size, 28px); height: var(--wx-slider-block-size, 28px); border-radius: 50%;
  background: var(--wx-slider-block-color, #fff); box-shadow: 0 0 4px rgba(0, 0, 0, 0.2); }
.wx-slider-input { -webkit-appearance: none; background: transparent; }
.wx-slider-value { width: 3ch; margin-left: 14px; color: #888; font-size: 14px; }
wx-picker { display: block; position: relative; }
.wx-picker-control { position: absolute; inset: 0; width: 100%; height: 100%; opacity: 0; cursor: pointer; }
wx-rich-text img { max-width: 100%; }
`

export const builtinCss = [layout, media, containers, button, fields, misc].join('')
