import type { ReactNode } from 'react';

/**
 * Numbered steps. Wrap an ordinary Markdown numbered list:
 *   <Steps>
 *   1. First…
 *   2. Then…
 *   </Steps>
 */
export function Steps({ children }: { children: ReactNode }) {
  return (
    <div className="steps my-6 [&>ol]:list-none [&>ol]:pl-0 [&>ol]:[counter-reset:step] [&>ol>li]:relative [&>ol>li]:my-4 [&>ol>li]:min-h-10 [&>ol>li]:pl-12 [&>ol>li]:[counter-increment:step] [&>ol>li]:before:absolute [&>ol>li]:before:left-0 [&>ol>li]:before:top-0 [&>ol>li]:before:flex [&>ol>li]:before:h-9 [&>ol>li]:before:w-9 [&>ol>li]:before:items-center [&>ol>li]:before:justify-center [&>ol>li]:before:rounded-full [&>ol>li]:before:bg-brand [&>ol>li]:before:font-bold [&>ol>li]:before:text-white [&>ol>li]:before:content-[counter(step)]">
      {children}
    </div>
  );
}
