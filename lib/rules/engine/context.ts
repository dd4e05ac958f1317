/** Accumulates warnings and reasons while the engine modules run (deduplicated by id). */
import type { Answers } from '../answers';
import type { ReasonId, WarningId } from '../ids';
import type { Reason, Warning } from '../outcome';
import { reasonFrom, staticReason } from '../reasons';
import type { Resolved } from '../parameters/types';
import type { Region } from '../vocab';

export class Ctx {
  readonly warnings: Warning[] = [];
  readonly reasons: Reason[] = [];
  /** The region whose rules apply to the place of enrollment: 'elsewhere' when enrolling in the hukou place. */
  readonly region: Region;
  constructor(
    readonly a: Answers,
    readonly asOf: string,
    region?: Region,
  ) {
    this.region = region ?? a.region;
  }

  warn(id: WarningId, params?: Record<string, string | number>): void {
    if (this.warnings.some((w) => w.id === id)) return;
    this.warnings.push(params ? { id, params } : { id });
  }

  /**
   * A reason: from a parameter's value (`resolved`), or a rule's (lib/rules/reasons.ts) when no value
   * is given. `null` is a parameter looked up on a day it has no value for (before our sources
   * begin): that figure is not in our sources, so no reason cites it — the answer says so where it
   * uses the figure (a null amount, an unknown window) — and nothing throws.
   */
  because(id: ReasonId, resolved?: Resolved<unknown> | null): void {
    if (resolved === null) return;
    if (this.reasons.some((r) => r.id === id)) return;
    this.reasons.push(resolved ? reasonFrom(id, resolved) : staticReason(id));
  }
}
