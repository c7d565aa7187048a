import type { ContentsEntry } from './contents';

/**
 * The table of contents. Entries link to anchors, not page numbers: Chromium cannot print
 * the page a link points to (no target-counter), and the PDF keeps the links clickable.
 */
export function Contents({ entries }: { entries: readonly ContentsEntry[] }) {
  return (
    <nav className="print-contents" aria-labelledby="print-contents-title">
      <h2 id="print-contents-title" className="print-contents__title">
        Contents
      </h2>
      <ol className="print-contents__list">
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`}>{entry.name}</a>
            {entry.children.length > 0 && (
              <ol>
                {entry.children.map((child) => (
                  <li key={child.id}>
                    <a href={`#${child.id}`}>{child.name}</a>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
