// The entry of the shell's server build (tools/rspack/server-config.mjs), which the gateway loads.
export { createPageRenderer, type InProcessOperation, type PageRenderer, type PageRendererOptions, type PageRenderRequest, type RenderedPage } from './server/render-page';
export { PAGE_STATE_ELEMENT_ID, serialisePageState, type PageState } from './server/page-state';
export { documentTitle } from './server/page-title';
