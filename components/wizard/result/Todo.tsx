import type { Outcome } from '@/lib/rules';
import { REMINDER_LEAD_DAYS } from '@/lib/rules';
import type { Ctx } from '@/lib/result/context';
import { SeasonNote, seasonApplies } from '@/lib/result/season';
import { CostText, DeadlineNotes, DeadlineText } from '@/lib/result/words';
import { WithPhones } from '@/components/ui/Phones';
import { secondaryButton } from '@/components/ui/buttons';
import { READ_ALOUD_SCRIPT } from '@/lib/security/inline-scripts';

/**
 * The to-do list, first on the page: what to join, what to do next, by when, what it costs.
 * Everything here is about the recommendation (options[0]).
 */
export function Todo({ ctx, outcome, reminderHref }: { ctx: Ctx; outcome: Outcome; reminderHref: string | null }) {
  const { t, w } = ctx;
  const o = outcome.options[0];
  if (!o) return null;
  const year = outcome.season?.benefitYear ?? null;
  // Labels run in ("什么时候办：…") and the three short answers (what, by when, how much) come before
  // the numbered steps, so all four start on the first screen of a 375×667 phone.
  const label = 'float-left mr-2 mt-0.5 text-base font-bold text-ink-muted';
  const colon = ctx.locale === 'en' ? ':' : '：';
  return (
    <section aria-labelledby="todo-title" data-section="todo" className="mt-3">
      <h2 id="todo-title" className="sr-only">{t('sections.todo')}</h2>
      <div id="todo-box" className="todo space-y-3 rounded-lg border-4 border-brand px-3 py-3 sm:px-4">
        <div data-todo="join" className="flow-root">
          <h3 className={label}>{t('todo.join')}{colon}</h3>
          <p className="text-xl font-bold">{w(`groups.${o.choice.group}`)}</p>
          <p>{w(`places.${o.choice.where}`)}</p>
        </div>
        <div data-todo="deadline" className="flow-root">
          <h3 className={label}>{t('todo.by')}{colon}</h3>
          <DeadlineText ctx={ctx} deadline={outcome.deadline} option={o} />
        </div>
        <div data-todo="cost" className="flow-root">
          <h3 className={label}>{t('todo.cost')}{colon}</h3>
          <CostText ctx={ctx} c={o.contribution} fallbackYear={year} />
        </div>
        <div data-todo="steps">
          <h3 className="text-base font-bold text-ink-muted">{t('todo.steps')}</h3>
          <ol className="list-decimal space-y-1 pl-6">
            {outcome.nextSteps.map((s) => (
              <li key={s.id} data-step={s.id}><WithPhones text={w(`nextSteps.${s.id}`, s.params)} /></li>
            ))}
          </ol>
        </div>
        <div data-todo="more" className="space-y-1 border-t border-gray-300 pt-2 empty:hidden">
          {seasonApplies(outcome, 0) && outcome.season && <SeasonNote ctx={ctx} season={outcome.season} />}
          <DeadlineNotes ctx={ctx} deadline={outcome.deadline} option={o} />
          {reminderHref && (
            <p className="no-print">
              <a href={reminderHref} download className="inline-flex min-h-12 items-center font-semibold">{t('share.calendar')}</a>
              <span className="block text-base text-ink-muted">{t('share.calendarHint', { days: REMINDER_LEAD_DAYS })}</span>
            </p>
          )}
        </div>
      </div>
      {/* Read aloud (care mode, docs/care-mode.md): hidden unless the browser can speak the page's language. */}
      <p className="no-print mt-2">
        <button type="button" id="todo-speak" hidden data-for="todo-box" data-lang={ctx.locale} data-stop={t('todo.speakStop')} className={secondaryButton}>{t('todo.speak')}</button>
      </p>
      <script dangerouslySetInnerHTML={{ __html: READ_ALOUD_SCRIPT }} />
    </section>
  );
}
