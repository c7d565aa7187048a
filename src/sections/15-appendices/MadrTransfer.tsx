import { useState, type ChangeEvent } from 'react';
import { useDocumentCommands } from '../../ui/commands';
import { appendices } from './model';
import { downloadBlob } from '../../ui/download';
import { Icon } from '../../ui/icons/Icon';
import { isBlankDecision, type Decision } from './decisions';
import type { ImportSummary } from './madr/zip';

interface MadrTransferProps {
  decisions: readonly Decision[];
  onImport: (decisions: Decision[]) => void;
}

type Shown = { summary: ImportSummary; line: string } | { error: string } | null;

/**
 * "Export MADR files" (a zip of NNNN-slug.md) and "Import MADR files" (.md and .zip), with a
 * summary of what an import did. The MADR code, fflate and yaml load only on first use.
 */
export function MadrTransfer({ decisions, onImport }: MadrTransferProps) {
  const { checkpoint, readSection } = useDocumentCommands();
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState<Shown>(null);
  const exportable = decisions.some((d) => !isBlankDecision(d));

  const exportZip = async () => {
    setBusy(true);
    try {
      const { madrZip } = await import('./madr/zip');
      const zip = madrZip(decisions);
      downloadBlob(new Blob([zip.slice().buffer], { type: 'application/zip' }), 'decision-log.zip');
    } catch {
      setShown({ error: 'The MADR export could not be loaded. Reload the page and try again.' });
    } finally {
      setBusy(false);
    }
  };

  const importFiles = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const files = [...(input.files ?? [])];
    if (files.length === 0) return;
    setBusy(true);
    try {
      const [{ importMadr, summaryLine }, picked] = await Promise.all([
        import('./madr/zip'),
        Promise.all(
          files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
        ),
      ]);
      // The log as the document holds it now, after the files were read.
      const result = importMadr(readSection(appendices)?.decisions ?? [], picked);
      if (result.summary.imported.length > 0) {
        // The log as it was, to compare with or go back to (Versions).
        await checkpoint(
          `Before importing ${files.length === 1 ? files[0]?.name : `${files.length} MADR files`}`,
          'import',
        );
        onImport(result.decisions);
      }
      setShown({ summary: result.summary, line: summaryLine(result.summary) });
    } catch {
      setShown({ error: 'The files could not be read. Nothing was imported.' });
    } finally {
      // The same files can be chosen again.
      input.value = '';
      setBusy(false);
    }
  };

  return (
    <>
      <div className="decision-log__transfer">
        <button
          type="button"
          className="button button--small"
          disabled={busy || !exportable}
          title={
            exportable ? 'One NNNN-title.md file per decision, in a zip' : 'Nothing to export yet'
          }
          onClick={() => void exportZip()}
        >
          <Icon name="download" /> Export MADR files
        </button>
        <label className={`button button--small decision-log__import${busy ? ' is-busy' : ''}`}>
          <Icon name="upload" /> Import MADR files
          <input
            type="file"
            className="visually-hidden"
            accept=".md,.markdown,.zip,text/markdown,application/zip"
            multiple
            disabled={busy}
            onChange={(e) => void importFiles(e)}
          />
        </label>
      </div>
      <div className="decision-log__summary" role="status">
        {shown && (
          <div className={`adr-summary${'error' in shown ? ' adr-summary--error' : ''}`}>
            {'error' in shown ? (
              <p>{shown.error}</p>
            ) : (
              <>
                <p className="adr-summary__line">{shown.line}</p>
                {shown.summary.notes.length > 0 && (
                  <ul className="adr-summary__notes">
                    {shown.summary.notes.map((n) => (
                      <li key={n}>{n}</li>
                    ))}
                  </ul>
                )}
                {shown.summary.skipped.length > 0 && (
                  <ul className="adr-summary__skipped" aria-label="Skipped files">
                    {shown.summary.skipped.map((f) => (
                      <li key={f.name}>
                        Skipped {f.name}: {f.reason}.
                      </li>
                    ))}
                  </ul>
                )}
                {shown.summary.failures.length > 0 && (
                  <ul className="adr-summary__failures">
                    {shown.summary.failures.map((f) => (
                      <li key={f.name}>
                        {f.name} could not be read: {f.reason}.
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => setShown(null)}
            >
              Dismiss
            </button>
          </div>
        )}
      </div>
    </>
  );
}
