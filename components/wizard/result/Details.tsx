import type { Option } from '@/lib/rules';
import type { Ctx } from '@/lib/result/context';
import { HOTLINES, WithPhones } from '@/components/ui/Phones';
import { Section } from './Section';
import { coverText, waitText } from '@/lib/result/words';

/** A tick-box checklist of the documents, to print and take to the counter. */
export function Materials({ ctx: { t, w }, option }: { ctx: Ctx; option: Option }) {
  return (
    <Section id="materials" title={t('sections.materials')}>
      <p className="materials-hint mb-2 text-ink-muted">{t('materialsHint')}</p>
      <ul className="space-y-1">
        {option.materials.map((m) => (
          <li key={m}>
            <label className="flex min-h-12 items-center gap-3">
              <input type="checkbox" className="h-6 w-6 shrink-0 accent-[#0f5132]" />
              <span>{w(`materials.${m}`)}</span>
            </label>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** Where and how to pay, and whom to call (tel: links). */
export function Channels({ ctx, option }: { ctx: Ctx; option: Option }) {
  const { t, w } = ctx;
  return (
    <Section id="channels" title={t('sections.channels')}>
      {option.channels.length > 0 && (
        <ul className="channel-list list-disc space-y-1 pl-6">
          {option.channels.map((ch) => <li key={ch}>{w(`channels.${ch}`)}</li>)}
        </ul>
      )}
      <Hotlines ctx={ctx} />
    </Section>
  );
}

/** Whom to call: the public hotlines as tel: links (the result and the household sheet). */
export function Hotlines({ ctx: { t } }: { ctx: Ctx }) {
  return (
    <>
      <h3 className="hotlines-title mt-4 text-xl">{t('hotlines.title')}</h3>
      <ul className="hotlines mt-2 flex flex-wrap gap-x-6 gap-y-1">
        {HOTLINES.map((h) => (
          <li key={h.number}>
            <a href={`tel:${h.number}`} className="inline-flex min-h-12 flex-wrap items-center gap-x-2">
              <span className="text-lg font-bold">{h.number}</span>
              <span>{t(`hotlines.${h.key}`)}</span>
            </a>
          </li>
        ))}
      </ul>
      <p className="hotline-local mt-1 text-base text-ink-muted"><WithPhones text={t('hotlineLocal')} /></p>
    </>
  );
}

/** The waiting period and when cover starts, side by side so they cannot be read apart. */
export function Waiting({ ctx, option }: { ctx: Ctx; option: Option }) {
  const { t, w } = ctx;
  return (
    <Section id="waiting" title={t('sections.waiting')}>
      <p className="font-bold" data-wait={option.waitingPeriod.kind}>{waitText(ctx, option.waitingPeriod)}</p>
      <p data-cover={option.cover.kind}>{coverText(ctx, option.cover, option.waitingPeriod)}</p>
      {option.waitingPeriod.reasons.length > 0 && (
        <ul className="wait-reasons mt-3 list-disc space-y-1 pl-6 text-base">
          {option.waitingPeriod.reasons.map((r) => <li key={r}>{w(`waitReasons.${r}`)}</li>)}
        </ul>
      )}
    </Section>
  );
}
