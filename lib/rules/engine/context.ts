/** Accumulates warnings and reasons while the engine modules run (deduplicated by id). */
import type { Answers } from '../answers';
import type { ReasonId, WarningId } from '../ids';
import type { Reason, Warning } from '../outcome';
import { reasonFrom, staticReason } from '../reasons';
import type { Resolved } from '../parameters/types';

export class Ctx {
  readonly warnings: Warning[] = [];
  readonly reasons: Reason[] = [];
  constructor(
    readonly a: Answers,
    readonly asOf: string,
  ) {}

  warn(id: WarningId, params?: Record<string, string | number>): void {
    if (this.warnings.some((w) => w.id === id)) return;
    this.warnings.push(params ? { id, params } : { id });
  }

  because(id: ReasonId, resolved?: Resolved<unknown> | null): void {
    if (this.reasons.some((r) => r.id === id)) return;
    this.reasons.push(resolved ? reasonFrom(id, resolved) : staticReason(id));
  }
}
