/**
 * Every message key the library can ask the UI to render, as dotted paths into
 * content/messages/rules/{zh-CN,en}.json. Tests check both files have exactly these keys.
 */
import { ISSUE_IDS } from './answers';
import { CHANGES, FEATURES, FEATURE_VALUES, NEXT_STEPS, REASONS, WAIT_CASES, WAIT_KINDS, WAIT_REASONS, WARNINGS } from './ids';
import { CONTRIBUTION_LABELS } from './regions';
import { UNITS } from './parameters/types';
import { QUESTIONS, optionsFor } from './flow';
import { DROP_REASONS } from './url';
import {
  ACCESS,
  CHANNELS,
  CONFIDENCES,
  CONTRIBUTION_KINDS,
  GROUPS,
  IF_MISSED,
  MATERIALS,
  PLACES,
  REGIONS,
  SCHEMES,
  SOURCED_REGIONS,
  SUBSIDY_KINDS,
  WINDOW_KINDS,
} from './vocab';


/** Flat id registries by message namespace. */
export const MESSAGE_NAMESPACES = {
  schemes: SCHEMES,
  groups: GROUPS,
  places: PLACES,
  materials: MATERIALS,
  channels: CHANNELS,
  windowKinds: WINDOW_KINDS,
  ifMissed: IF_MISSED,
  contributionKinds: CONTRIBUTION_KINDS,
  contributionLabels: CONTRIBUTION_LABELS,
  subsidyKinds: SUBSIDY_KINDS,
  waitKinds: WAIT_KINDS,
  waitReasons: WAIT_REASONS,
  waitCases: WAIT_CASES,
  warnings: WARNINGS,
  reasons: REASONS,
  confidence: CONFIDENCES,
  access: ACCESS,
  issues: ISSUE_IDS,
  dropped: DROP_REASONS,
  features: FEATURES,
  featureValues: FEATURE_VALUES,
  changes: CHANGES,
  nextSteps: NEXT_STEPS,
  regionNames: REGIONS,
  units: UNITS,
} as const;

/**
 * The message paths whose words are in the region files (lib/rules/regions/<id>.json), not in
 * content/messages/rules: place names and local group labels.
 */
export function regionMessagePaths(): string[] {
  return [
    ...SOURCED_REGIONS.flatMap((r) => [`regionNames.${r}`, `questions.region.options.${r}`]),
    ...CONTRIBUTION_LABELS.map((l) => `contributionLabels.${l}`),
  ];
}

/** All message paths, e.g. 'warnings.duplicate-enrollment', 'questions.age.title.helper'. */
export function messagePaths(): string[] {
  const out: string[] = [];
  for (const [ns, ids] of Object.entries(MESSAGE_NAMESPACES)) for (const id of ids) out.push(`${ns}.${id}`);
  for (const q of QUESTIONS) {
    out.push(`questions.${q.id}.title.self`, `questions.${q.id}.title.helper`, `questions.${q.id}.hint`);
    for (const o of optionsFor(q, {})) out.push(`questions.${q.id}.options.${o}`);
    if (q.input === 'checkbox') out.push(`questions.${q.id}.none`);
  }
  return out;
}
