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

  because(id: ReasonId, resolved?: Resolved<unknown> | null): void {
    if (this.reasons.some((r) => r.id === id)) return;
    this.reasons.push(resolved ? reasonFrom(id, resolved) : staticReason(id));
  }
}
