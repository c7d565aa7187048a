import { useDeferredValue, useMemo } from 'react';
import { newId } from '../../core/ids';
import { componentConsistency } from './consistency';
import type { Component, SystemComponents } from './model';
import './consistency.css';

interface ConsistencyNoticeProps {
  data: SystemComponents;
  onAdd: (components: Component[]) => void;
}

/** Says which nodes of the 4.1 diagram have no row in 4.2, and adds the rows on request. */
export function ConsistencyNotice({ data, onAdd }: ConsistencyNoticeProps) {
  // Reading the diagram waits for a pause in typing; the form never does.
  const deferred = useDeferredValue(data);
  const { undescribed, notInDiagram } = useMemo(() => componentConsistency(deferred), [deferred]);
  if (undescribed.length === 0 && notInDiagram.length === 0) return null;

  const addRows = () =>
    onAdd([
      ...data.components,
      ...undescribed.map((component) => ({
        id: newId(),
        component,
        responsibility: '',
        technology: '',
      })),
    ]);

  return (
    <div className="consistency" role="status">
      {undescribed.length > 0 && (
        <div className="consistency__row">
          <p>
            {undescribed.length === 1 ? '1 component' : `${undescribed.length} components`} of the
            diagram {undescribed.length === 1 ? 'has' : 'have'} no description:{' '}
            <strong>{undescribed.join(', ')}</strong>
          </p>
          <button type="button" className="button button--small" onClick={addRows}>
            Add {undescribed.length === 1 ? 'a row' : `${undescribed.length} rows`} for them
          </button>
        </div>
      )}
      {notInDiagram.length > 0 && (
        <p className="consistency__note">
          Not in the diagram: {notInDiagram.join(', ')}. Rename the row or add the node to 4.1.
        </p>
      )}
    </div>
  );
}
