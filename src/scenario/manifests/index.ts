/** Kubernetes manifests in and out: loaded on demand (with the yaml package) when the learner opens the import or export. */
export { manifestsToScenario, type ImportOptions, type ManifestImport } from './build';
export { scenarioToManifests, scenarioToYaml } from './toManifests';
export { MANIFEST_LIMITS } from './limits';
export type { ManifestNote, NoteReason } from './read';
export type { TextProblem } from './yamlDocs';
