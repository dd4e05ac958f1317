/**
 * One national figure inside a sentence of a guide, e.g. `满<Figure of="rewardYears" />年`.
 * The number comes from the rules' parameters (lib/rules/figures.ts), as in the wizard's wording,
 * so a guide never retypes a figure that a parameter holds.
 */
import { ruleFigures, type FigureArgument } from '@/lib/rules';
import { LATEST } from './shared';

export function Figure({ of }: { of: FigureArgument }) {
  const value = ruleFigures(LATEST)[of];
  if (!Number.isFinite(value)) throw new Error(`<Figure of="${of}" />: the parameter has no value`);
  return <>{value}</>;
}
