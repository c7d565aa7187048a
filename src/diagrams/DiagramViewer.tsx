import { useRef, useState, type PointerEvent, type WheelEvent } from 'react';
import { Dialog } from '../ui/Dialog';
import './diagram-viewer.css';

interface View {
  scale: number;
  x: number;
  y: number;
}

const FIT: View = { scale: 1, x: 0, y: 0 };
const clampScale = (scale: number) => Math.min(8, Math.max(0.2, scale));

/** A diagram full screen: drag to pan, wheel or buttons to zoom, Escape to close. */
export function DiagramViewer({
  svg,
  title,
  onClose,
}: {
  svg: string;
  title: string;
  onClose: () => void;
}) {
  const [view, setView] = useState<View>(FIT);
  const drag = useRef<{ x: number; y: number } | null>(null);

  const zoom = (factor: number) => setView((v) => ({ ...v, scale: clampScale(v.scale * factor) }));

  const onWheel = (e: WheelEvent) => zoom(e.deltaY < 0 ? 1.15 : 1 / 1.15);
  const onPointerDown = (e: PointerEvent) => {
    drag.current = { x: e.clientX, y: e.clientY };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent) => {
    const start = drag.current;
    if (!start) return;
    drag.current = { x: e.clientX, y: e.clientY };
    setView((v) => ({ ...v, x: v.x + e.clientX - start.x, y: v.y + e.clientY - start.y }));
  };

  return (
    <Dialog
      title={title}
      open
      size="full"
      onClose={onClose}
      actions={
        <div className="viewer__controls">
          <span className="viewer__hint">Drag to move, scroll to zoom</span>
          <button type="button" className="button" onClick={() => zoom(1 / 1.25)}>
            Zoom out
          </button>
          <output className="viewer__scale" aria-label="Zoom">
            {Math.round(view.scale * 100)} %
          </output>
          <button type="button" className="button" onClick={() => zoom(1.25)}>
            Zoom in
          </button>
          <button type="button" className="button" onClick={() => setView(FIT)}>
            Fit
          </button>
        </div>
      }
    >
      <div
        className="viewer__stage"
        onWheel={onWheel}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => (drag.current = null)}
        onPointerCancel={() => (drag.current = null)}
      >
        <div
          className="viewer__canvas"
          style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})` }}
          // Mermaid's output under securityLevel "strict" is sanitised by Mermaid (DOMPurify).
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      </div>
    </Dialog>
  );
}
