import { lazy, Suspense } from 'react';
import { sectionName } from '../core/document/section';
import { showsFigures } from '../document/architecture/figureSections';
import { sections } from '../document/registry';
import { Icon } from '../ui/icons/Icon';
import { DetailsForm } from './DetailsForm';
import { SectionFormOf } from './SectionForm';
import { useEditor, type PanelId } from '../editor/store';
import { useFocusRequest } from './useFocusRequest';
import './section-panel.css';

// The figures read the whole architecture: their code loads with the first section that shows them.
const ComputedFigures = lazy(() => import('../calculators/ComputedFigures'));

const order: PanelId[] = ['details', ...sections.map((s) => s.id)];

function panelTitle(id: PanelId): string {
  if (id === 'details') return 'Document details';
  const section = sections.find((s) => s.id === id);
  return section ? sectionName(section) : id;
}

/** The centre column: the selected section's form, with previous/next at the bottom. */
export function SectionPanel() {
  const selected = useEditor((s) => s.selectedSection);
  const docId = useEditor((s) => s.doc?.id);
  const select = useEditor((s) => s.selectSection);
  const index = order.indexOf(selected);
  const previous = order[index - 1];
  const next = order[index + 1];
  useFocusRequest(() => document.getElementById('panel-title'));

  return (
    <main className="panel" aria-labelledby="panel-title">
      <div className="panel__inner">
        <h2 id="panel-title" className="panel__title" tabIndex={-1}>
          {panelTitle(selected)}
        </h2>
        {/* Keyed by document and section so each form starts fresh: Monaco's undo history
            must never carry text from one document into another. */}
        <div key={`${docId}:${selected}`}>
          {selected === 'details' ? <DetailsForm /> : <SectionFormOf id={selected} />}
        </div>
        {selected !== 'details' && showsFigures(selected) && (
          <Suspense fallback={null}>
            <ComputedFigures section={selected} />
          </Suspense>
        )}
        <footer className="panel__footer">
          {previous ? (
            <button type="button" className="button button--ghost" onClick={() => select(previous)}>
              <span className="panel__flip">
                <Icon name="chevron" />
              </span>
              {panelTitle(previous)}
            </button>
          ) : (
            <span />
          )}
          {next && (
            <button type="button" className="button button--ghost" onClick={() => select(next)}>
              {panelTitle(next)}
              <Icon name="chevron" />
            </button>
          )}
        </footer>
      </div>
    </main>
  );
}
