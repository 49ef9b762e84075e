/**
 * Resolves in a later task (a timer, not a microtask): the browser may paint and answer input
 * in between. Used to cut the shell's start into pieces a slow phone can run without freezing.
 */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
