/**
 * The sources the parameters and reasons cite, by id: `SOURCES.x` is the registry entry `x` of
 * ../sources.data.json (schema and validation in ../source-registry.ts). To cite a new document,
 * add an entry there (kind, official address or the copy's address, retrieved date) and use its id.
 */
export { SOURCE_REGISTRY as SOURCES } from '../source-registry';
export type { Source, SourceId, SourceKind } from '../source-registry';
