/** A printable tick-box checklist of material ids (MATERIALS), worded by the rules messages. */
import { MATERIALS } from '@/lib/rules';
import { figureContext, oneOf } from './shared';

export async function Materials({ ids }: { ids: string[] }) {
  if (!Array.isArray(ids) || ids.length === 0) throw new Error('<Materials ids={[...]}>: give at least one material id');
  const valid = ids.map((id) => oneOf('Materials', 'ids', id, MATERIALS));
  if (new Set(valid).size !== valid.length) throw new Error(`<Materials ids={[${ids.join(', ')}]}>: an id is listed twice`);
  const fig = await figureContext();
  return (
    <div className="my-6 break-inside-avoid rounded-md border border-gray-400 px-4 py-3" data-figure="materials">
      <p className="!my-0 font-bold">{fig.t('materials.label')}</p>
      <ul className="!my-2 list-none !pl-0">
        {valid.map((id) => (
          <li key={id} className="!my-2" data-material={id}>
            <label className="flex cursor-pointer items-start gap-3">
              <input
                type="checkbox"
                name="material"
                value={id}
                className="mt-1 h-6 w-6 shrink-0 accent-brand"
              />
              <span>{fig.w(`materials.${id}`)}</span>
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
