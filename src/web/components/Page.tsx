import { useEffect, useId, type ReactNode } from 'react';

interface PageProps {
  title: string;
  /** Shown under the heading. */
  intro?: ReactNode;
  /** Buttons or links next to the heading. */
  actions?: ReactNode;
  children: ReactNode;
}

/** One page: its single h1 (focused after client-side navigation) and the document title. */
export function Page({ title, intro, actions, children }: PageProps) {
  useEffect(() => {
    document.title = `${title} · Koers`;
  }, [title]);

  return (
    <div className="page">
      <div className="page-head">
        <div className="page-head-text">
          <h1 tabIndex={-1} data-page-heading>
            {title}
          </h1>
          {intro && <div className="page-intro">{intro}</div>}
        </div>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {children}
    </div>
  );
}

/** A titled block inside a page (h2), labelled for assistive technology as a region. */
export function Section({
  title,
  description,
  actions,
  children,
  className,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const id = useId();
  return (
    <section className={`card ${className ?? ''}`} aria-labelledby={id}>
      <div className="section-head">
        <h2 id={id}>{title}</h2>
        {actions}
      </div>
      {description && <div className="section-description">{description}</div>}
      {children}
    </section>
  );
}
