import { lazy, Suspense, useState } from 'react';
import { Navigator } from './Navigator';
import { SectionPanel } from './SectionPanel';
import { useEditor } from '../editor/store';
import { useMediaQuery } from '../ui/useMediaQuery';
import './workspace.css';

// The Markdown renderer is a quarter of the app's own code: it is not part of the first
// download, and its own download starts with the workspace's (not once the workspace has
// rendered, a round trip later).
const loadPreview = () => import('../preview/Preview');
void loadPreview();
const LazyPreview = lazy(() => loadPreview().then((m) => ({ default: m.Preview })));

function Preview() {
  return (
    <Suspense fallback={<div className="preview" aria-busy="true" />}>
      <LazyPreview />
    </Suspense>
  );
}

/** Navigator, form and preview side by side; on narrow screens, Edit and Preview tabs. */
export function Workspace() {
  const narrow = useMediaQuery('(max-width: 900px)');
  // A link to a field (from the review checklist) needs the form in view: a focus request
  // newer than the user's last choice of tab shows Edit.
  const focusSeq = useEditor((s) => s.focusRequest.seq);
  const [choice, setChoice] = useState<{ tab: 'edit' | 'preview'; seq: number }>({
    tab: 'edit',
    seq: 0,
  });
  const tab = focusSeq > choice.seq ? 'edit' : choice.tab;
  const setTab = (next: 'edit' | 'preview') => setChoice({ tab: next, seq: focusSeq });

  if (!narrow) {
    return (
      <div className="workspace">
        <Navigator />
        <SectionPanel />
        <Preview />
      </div>
    );
  }
  return (
    <div className="workspace workspace--narrow">
      <div
        className="tabs"
        role="tablist"
        aria-label="View"
        onKeyDown={(e) => {
          // Arrow keys move between the two tabs, as in any tab list.
          if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
          const next = tab === 'edit' ? 'preview' : 'edit';
          setTab(next);
          document.getElementById(`tab-${next}`)?.focus();
        }}
      >
        {(['edit', 'preview'] as const).map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={tab === id ? 'tabpanel' : undefined}
            tabIndex={tab === id ? 0 : -1}
            className="tabs__tab"
            onClick={() => setTab(id)}
          >
            {id === 'edit' ? 'Edit' : 'Preview'}
          </button>
        ))}
      </div>
      <div
        className="workspace__tabpanel"
        role="tabpanel"
        id="tabpanel"
        aria-labelledby={`tab-${tab}`}
      >
        {tab === 'edit' ? (
          <>
            <Navigator />
            <SectionPanel />
          </>
        ) : (
          <Preview />
        )}
      </div>
    </div>
  );
}
