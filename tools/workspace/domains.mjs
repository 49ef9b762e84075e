/**
 * The domains of the portal and which each builds on: observations are per area and owned by a
 * unit, and so on. The import rules (eslint.config.mjs) let a domain import itself and what it
 * builds on, directly or through another; the server's generated types map the same domains'
 * model types (libs/platform/client-operations/codegen.ts). `nx g @egov/tools:domain` adds a row.
 */
export const domainDependencies = {
  districts: [],
  units: ['districts'],
  kpis: ['districts', 'units'],
  awards: ['units'],
  licences: ['units'],
  news: ['units'],
  // A dossier's result is a licence: the officer's desk issues and revokes them.
  procedures: ['units', 'licences'],
  inspections: ['units'],
  users: [],
};

/** The domains a domain builds on, directly or through another (awards → units → districts). */
export function buildsOn(domain, seen = new Set()) {
  for (const used of domainDependencies[domain] ?? []) {
    if (!seen.has(used)) {
      seen.add(used);
      buildsOn(used, seen);
    }
  }
  return [...seen];
}
