import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Outcome } from '../../lib/rules';
import { withRegionMessages } from '../../lib/wizard/words';

type Json = { [k: string]: Json } | string;

function load(locale: 'zh-CN' | 'en'): Json {
  const url = new URL(`../../content/messages/rules/${locale}.json`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as Json;
}

/** The message files as they are, without the words of the region files. */
export const MESSAGE_FILES = { 'zh-CN': load('zh-CN'), en: load('en') } as const;
/** The rules messages as the pages see them: the files plus the words of the region files. */
export const MESSAGES = {
  'zh-CN': withRegionMessages(MESSAGE_FILES['zh-CN'] as Record<string, unknown>, 'zh-CN') as Json,
  en: withRegionMessages(MESSAGE_FILES.en as Record<string, unknown>, 'en') as Json,
} as const;

export function lookup(messages: Json, path: string): string | undefined {
  let node: Json | undefined = messages;
  for (const part of path.split('.')) {
    if (node === undefined || typeof node === 'string' || !Object.prototype.hasOwnProperty.call(node, part)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function leafPaths(messages: Json, prefix = ''): string[] {
  if (typeof messages === 'string') return [prefix];
  return Object.entries(messages).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
}

/** Every message path an outcome needs the UI to render. */
export function outcomePaths(o: Outcome): string[] {
  const paths = [
    `schemes.${o.primary.scheme}`,
    `groups.${o.primary.group}`,
    `places.${o.primary.where}`,
    ...o.alternatives.flatMap((a) => [`schemes.${a.scheme}`, `groups.${a.group}`, `places.${a.where}`]),
    ...o.materials.map((m) => `materials.${m}`),
    ...o.channels.map((c) => `channels.${c}`),
    `windowKinds.${o.window.kind}`,
    `ifMissed.${o.window.ifMissed}`,
    `confidence.${o.window.confidence}`,
    `contributionKinds.${o.contribution.kind}`,
    ...(o.contribution.label ? [`contributionLabels.${o.contribution.label}`] : []),
    ...o.contribution.specialGroupSubsidy.map((s) => `subsidyKinds.${s.kind}`),
    `waitKinds.${o.waitingPeriod.kind}`,
    ...o.waitingPeriod.reasons.map((r) => `waitReasons.${r}`),
    ...o.warnings.map((w) => `warnings.${w.id}`),
    ...o.reasons.map((r) => `reasons.${r.id}`),
    ...o.nextSteps.map((s) => `nextSteps.${s.id}`),
    ...o.recommendation.because.map((r) => `reasons.${r}`),
    ...o.recommendation.wouldChange.map((c) => `changes.${c}`),
    ...o.options.flatMap((x) => [
      `windowKinds.${x.window.kind}`,
      `contributionKinds.${x.contribution.kind}`,
      ...(x.contribution.label ? [`contributionLabels.${x.contribution.label}`] : []),
      ...x.contribution.lastPublished.flatMap((l) => (l.label ? [`contributionLabels.${l.label}`] : [])),
      `waitKinds.${x.waitingPeriod.kind}`,
      ...x.waitingPeriod.reasons.map((r) => `waitReasons.${r}`),
      ...x.channels.map((c) => `channels.${c}`),
      ...x.materials.map((m) => `materials.${m}`),
      ...x.features.flatMap((f) => [`features.${f.id}`, `featureValues.${f.value}`]),
      ...x.warnings.map((w) => `warnings.${w.id}`),
    ]),
  ];
  return paths;
}
