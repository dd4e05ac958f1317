/** One titled part of the result; `data-section` is what tests and the print sheet hold on to. */
export function Section({ id, title, children, className = '', print = true }: {
  id: string; title: string; children: React.ReactNode; className?: string; print?: boolean;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className={`mt-10 ${className}`} data-print={print ? undefined : 'hide'} data-section={id}>
      <h2 id={`${id}-title`} className="mb-3 text-2xl">{title}</h2>
      {children}
    </section>
  );
}
