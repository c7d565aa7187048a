import { useEditor } from '../editor/store';
import type { SectionId } from './registry';

// SCAFFOLD: stands in for the forms still being written; removed once every section has one.
export function ScaffoldForm({ sectionId }: { sectionId: SectionId }) {
  const data = useEditor((s) => s.doc?.sections[sectionId]) as { notes?: string } | undefined;
  const update = useEditor((s) => s.updateSection);
  return (
    <textarea
      className="textarea"
      aria-label="Notes"
      value={data?.notes ?? ''}
      onChange={(e) => update(sectionId, { notes: e.target.value } as never)}
    />
  );
}
