import { diagramTitle } from '../core/mermaid/accessibility';
import { VIEWS_KEY, type ArchitectureView, type ViewsBySection } from '../document/markdown/views';
import { useDerived } from '../derived/store';
import { useReplaceDiagram } from '../diagrams/useReplaceDiagram';
import { useEditor } from '../editor/store';
import { fieldAnchor } from '../core/document/section';

/** The generated view drawn from `source`, found by its title; undefined for any other diagram. */
function useView(source: string): ArchitectureView | undefined {
  const views = useDerived((s) => s.bySection[VIEWS_KEY]) as ViewsBySection | undefined;
  const title = diagramTitle(source);
  if (!views || !title) return undefined;
  return Object.values(views)
    .flat()
    .find((v) => v?.title === title);
}

/**
 * Under a generated view in the workspace's preview: "Copy into the field" takes the view
 * over by hand, into the diagram field it stands for (asking before it replaces a diagram;
 * undo brings that back). Not shown in a read-only or printed document.
 */
export function GeneratedViewActions({ source }: { source: string }) {
  const view = useView(source);
  const editing = useEditor((s) => s.doc !== null);
  const target = view?.target;
  const current = useEditor((s) => {
    if (!target || !s.doc) return '';
    const section = s.doc.sections[target.section] as Record<string, unknown>;
    return typeof section[target.field] === 'string' ? (section[target.field] as string) : '';
  });
  const updateSection = useEditor((s) => s.updateSection);
  const openField = useEditor((s) => s.openField);
  const { offer, confirmation } = useReplaceDiagram(target?.label ?? '', current, (text) => {
    if (!target) return;
    updateSection(target.section, { [target.field]: text });
    openField(target.section, fieldAnchor(target.section, target.field));
  });
  if (!view || !target || !editing) return null;
  return (
    <div className="generated-view">
      <p className="generated-view__note">
        Drawn from the sections; it follows every edit to them.
      </p>
      <button
        type="button"
        className="button button--small"
        onClick={() => offer(view.source, `The generated ${view.title}`)}
      >
        Copy into the field: {target.label}
      </button>
      {confirmation}
    </div>
  );
}
