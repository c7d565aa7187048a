import { useEffect, useMemo, useRef } from 'react';
import { completeness, type Completeness } from '../core/document/progress';
import { sectionName } from '../core/document/section';
import { useDialogs } from '../dialogs/store';
import { useReview } from '../review/useReview';
import { sections } from '../document/registry';
import { Icon } from '../ui/icons/Icon';
import { useEditor, type PanelId } from '../editor/store';
import './navigator.css';

const described: Record<Completeness, string> = {
  empty: 'Not started',
  partial: 'Partly filled in',
  complete: 'Filled in',
};

/** The "Sections" navigation: one entry per section, with how complete it is. */
export function Navigator() {
  const docSections = useEditor((s) => s.doc?.sections);
  const selected = useEditor((s) => s.selectedSection);
  const select = useEditor((s) => s.selectSection);
  const marks = useMemo(
    () =>
      new Map(
        sections.map(
          (s) => [s.id, completeness(docSections?.[s.id], s.optionalFields).state] as const,
        ),
      ),
    [docSections],
  );
  const filled = [...marks.values()].filter((m) => m === 'complete').length;
  const nav = useRef<HTMLElement>(null);
  const review = useReview();
  const show = useDialogs((s) => s.show);

  // On a phone the navigator is a strip that scrolls sideways: keep the current entry in it.
  useEffect(() => {
    nav.current
      ?.querySelector('[aria-current="true"]')
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [selected]);

  const entry = (id: PanelId, label: string, mark?: Completeness) => (
    <li key={id}>
      <button
        type="button"
        className="nav__entry"
        aria-current={selected === id ? 'true' : undefined}
        aria-description={mark ? described[mark] : undefined}
        onClick={() => select(id)}
      >
        <span className="nav__label">{label}</span>
        {mark && (
          <span
            className={`nav__mark nav__mark--${mark}`}
            aria-hidden="true"
            title={described[mark]}
          />
        )}
      </button>
    </li>
  );

  return (
    <nav className="nav" aria-label="Sections" ref={nav}>
      <ul className="nav__list">
        {entry('details', 'Document details')}
        {sections.map((s) => entry(s.id, sectionName(s), marks.get(s.id)))}
      </ul>
      <p className="nav__summary">
        {filled} of {sections.length} sections filled in
      </p>
      {review && (
        <button
          type="button"
          className={`nav__review${review.complete ? ' nav__review--complete' : ''}`}
          onClick={() => show('review')}
        >
          <Icon name="checklist" />
          <span>Review checklist</span>
          <span className="nav__review-count">
            {review.passed} of {review.total} pass
          </span>
        </button>
      )}
    </nav>
  );
}
