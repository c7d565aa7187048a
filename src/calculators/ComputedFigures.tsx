import { useMemo } from 'react';
import { figuresFor } from '../document/architecture/figures';
import type { SectionId } from '../document/registry';
import { useDerived } from '../derived/store';
import { useSettled } from '../derived/settled';
import { Icon } from '../ui/icons/Icon';
import './computed-figures.css';

/**
 * Below the form where its numbers are typed (4, 9, 11): what the design implies, computed
 * from the whole document when typing pauses (availability of the request path, capacity,
 * recovery against the downtime budget and the backups).
 */
export default function ComputedFigures({ section }: { section: SectionId }) {
  const doc = useSettled((s) => s.doc);
  const derived = useDerived((s) => s.bySection);
  const figures = useMemo(
    () => (doc ? figuresFor(section, doc, derived) : []),
    [section, doc, derived],
  );
  if (figures.length === 0) return null;
  return (
    <section className="figures" aria-labelledby="figures-title">
      <h3 id="figures-title" className="figures__title">
        Computed from the design
      </h3>
      <dl className="figures__list">
        {figures.map((f) => (
          <div key={f.label} className={`figures__item figures__item--${f.status}`}>
            <dt>
              {f.status !== 'missing' && (
                <Icon name={f.status === 'ok' ? 'check' : 'alert'} size={14} />
              )}
              {f.label}
              {f.status === 'short' && <span className="visually-hidden"> (falls short)</span>}
            </dt>
            <dd>{f.sentence}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
