// Types of digest.mjs (a plain ES module that node runs: npm run rules:digest).
export type DataFile = { file: string; text: string };
export const ROOT: string;
export const CHANGELOG: string;
export const TS_DATA: readonly string[];
export function isRulesData(file: string): boolean;
export function canonicalJson(value: unknown): string;
export function normalise(file: string, text: string): string;
export function digestOf(files: readonly DataFile[]): string;
export function workingTreeFiles(root?: string): DataFile[];
export function commitFiles(ref: string, root?: string): DataFile[];
export function rulesDataDigest(root?: string): string;
