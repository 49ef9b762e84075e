// CSS modules: the bundler (Vite in tests, Rspack in apps) hashes each class name per file, so a
// class of this library never matches a class of a remote. Components import them as a namespace
// (`import * as styles`): Rspack exports each class by name, and a namespace reads the same in Vite.
// index.ts references this file so any program that compiles @egov/ui from source sees it too.
declare module '*.module.css' {
  const classes: Readonly<Record<string, string>>;
  export = classes;
}
