import { useMemo } from 'react';
import type { ArchDocument } from '../document/schema';
import { diffDocuments, summarise, type Change } from '../document/versions/diff';
import type { LineOp } from '../core/versions/lineDiff';

/** Unchanged lines kept around each change of a long text; the rest are folded. */
const CONTEXT = 2;

type Shown = LineOp | { op: 'fold'; count: number };

/** Long runs of unchanged lines fold to one "… n unchanged lines" line. */
function fold(lines: readonly LineOp[]): Shown[] {
  const near = (i: number) =>
    lines.slice(Math.max(0, i - CONTEXT), i + CONTEXT + 1).some((l) => l.op !== 'same');
  const out: Shown[] = [];
  lines.forEach((line, i) => {
    if (line.op !== 'same' || near(i)) {
      out.push(line);
      return;
    }
    const last = out.at(-1);
    if (last?.op === 'fold') last.count++;
    else out.push({ op: 'fold', count: 1 });
  });
  return out;
}

const SIGN = { same: ' ', added: '+', removed: '−' } as const;

function Lines({ lines }: { lines: readonly LineOp[] }) {
  return (
    <pre className="diff__lines">
      {fold(lines).map((line, i) =>
        line.op === 'fold' ? (
          <span key={i} className="diff__line diff__line--fold">
            … {line.count} unchanged {line.count === 1 ? 'line' : 'lines'}
          </span>
        ) : (
          <span key={i} className={`diff__line diff__line--${line.op}`}>
            <span aria-hidden="true">{SIGN[line.op]} </span>
            {line.op === 'same' ? (
              line.text
            ) : (
              <>{line.op === 'added' ? <ins>{line.text}</ins> : <del>{line.text}</del>}</>
            )}
          </span>
        ),
      )}
    </pre>
  );
}

const empty = (text: string) => text || '(empty)';

function ChangeItem({ change }: { change: Change }) {
  switch (change.kind) {
    case 'field':
      return (
        <li className="diff__change">
          <span className="diff__label">{change.label}</span>
          <del>{empty(change.before)}</del>
          <span aria-label="changed to">→</span>
          <ins>{empty(change.after)}</ins>
        </li>
      );
    case 'lines':
      return (
        <li className="diff__change diff__change--block">
          <span className="diff__label">{change.label}</span>
          <Lines lines={change.lines} />
        </li>
      );
    case 'row-added':
      return (
        <li className="diff__change">
          <span className="diff__label">{change.label}</span>
          <ins>Added: {change.row}</ins>
        </li>
      );
    case 'row-removed':
      return (
        <li className="diff__change">
          <span className="diff__label">{change.label}</span>
          <del>Removed: {change.row}</del>
        </li>
      );
    case 'rows-reordered':
      return (
        <li className="diff__change">
          <span className="diff__label">{change.label}</span>
          <span>Rows in another order</span>
        </li>
      );
  }
}

/** The differences between two versions, section by section. */
export function DiffView({ older, newer }: { older: ArchDocument; newer: ArchDocument }) {
  const diff = useMemo(() => diffDocuments(older, newer), [older, newer]);
  return (
    <section className="diff" aria-label="Differences">
      <p className="diff__summary" role="status">
        {summarise(diff)}
      </p>
      {diff.meta.length > 0 && (
        <>
          <h3 className="diff__section">Details</h3>
          <ul className="diff__changes">
            {diff.meta.map((change, i) => (
              <ChangeItem key={i} change={change} />
            ))}
          </ul>
        </>
      )}
      {diff.sections.map((section) => (
        <div key={section.id}>
          <h3 className="diff__section">{section.name}</h3>
          <ul className="diff__changes">
            {section.changes.map((change, i) => (
              <ChangeItem key={i} change={change} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
