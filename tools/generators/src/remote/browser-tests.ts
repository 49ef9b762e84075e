import type { ProjectConfiguration, TargetDependencyConfig, Tree } from '@nx/devkit';
import { getProjects, updateProjectConfiguration } from '@nx/devkit';
import type { RemoteOptions } from './options';

/** The project of the portal's browser tests, which builds every app before it runs. */
export const BROWSER_TEST_PROJECT = 'portal-e2e';
/**
 * Its target that runs them (`test` only waits for it: a task that another waits for is scheduled
 * first, so the browser tests start as soon as the apps are built, not after every unit test).
 */
export const BROWSER_TEST_TARGET = 'browser';

const isBuildOfListedProjects = (dependency: string | TargetDependencyConfig): dependency is TargetDependencyConfig & { projects: string[] } =>
  typeof dependency === 'object' && dependency.target === 'build' && Array.isArray(dependency.projects);

/**
 * The browser-test project with the remote added: its browser-test target builds the remote first (in
 * the `dependsOn` entry that lists builds by project, or a new one), and the remote is an implicit
 * dependency so a change to its sources invalidates the cached browser tests.
 */
export function withRemoteInBrowserTests(project: ProjectConfiguration, name: string): ProjectConfiguration {
  const browserTests = project.targets?.[BROWSER_TEST_TARGET];
  const dependsOn = [...(browserTests?.dependsOn ?? [])];
  const listed = dependsOn.findIndex(isBuildOfListedProjects);
  if (listed === -1) {
    dependsOn.push({ projects: [name], target: 'build' });
  } else {
    const entry = dependsOn[listed] as TargetDependencyConfig & { projects: string[] };
    if (!entry.projects.includes(name)) dependsOn[listed] = { ...entry, projects: [...entry.projects, name] };
  }
  const implicit = project.implicitDependencies ?? [];
  return {
    ...project,
    implicitDependencies: implicit.includes(name) ? implicit : [...implicit, name],
    targets: { ...project.targets, [BROWSER_TEST_TARGET]: { ...browserTests, dependsOn } },
  };
}

/** Adds the remote to the browser-test project; returns that project's root, or null when there is none. */
export function addToBrowserTests(tree: Tree, options: RemoteOptions): string | null {
  const project = getProjects(tree).get(BROWSER_TEST_PROJECT);
  if (!project) return null;
  updateProjectConfiguration(tree, BROWSER_TEST_PROJECT, withRemoteInBrowserTests(project, options.name));
  return project.root;
}
