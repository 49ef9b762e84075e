/** The given labels over the Vietnamese defaults, so a remote may translate only some of them. */
export function withDefaults<Labels extends object>(defaults: Labels, given: Partial<Labels> | undefined): Labels {
  return given ? { ...defaults, ...Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)) } : defaults;
}
