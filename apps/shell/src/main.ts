// The shell's first script: it runs once the page is painted (tools/rspack/start-after-paint.js).
// The shell provides every shared singleton eagerly (tools/rspack/host-config.mjs), so all of it is
// in this file and no request waits on another. Its modules are run in steps, each in a task of its
// own, so a slow phone answers the reader between them instead of freezing for most of a second;
// `eager` keeps each step in this file (and the shell's styles in the page's own style sheet).
import { nextTask } from './platform/next-task';

async function start() {
  // This task has compiled the file and started the federation runtime.
  await nextTask();
  await import(/* webpackMode: "eager" */ 'react-dom/client');
  await nextTask();
  await import(/* webpackMode: "eager" */ '@apollo/client');
  await nextTask();
  await import(/* webpackMode: "eager" */ './bootstrap');
}

void start();
