/** Public entry point of the domain's dependency feature. Dependencies between projects and their lateness. */
export type { Dependency } from './dependency';
export { findDependencies } from './find-dependencies';
