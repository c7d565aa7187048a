import { Dialog } from '../ui/Dialog';
import { useDocuments } from './store';

/** After a Markdown import: which heading went to which section, so nothing is a surprise. */
export default function ImportReportDialog() {
  const report = useDocuments((s) => s.importReport);
  const dismiss = useDocuments((s) => s.dismissImportReport);
  return (
    <Dialog
      title={report ? `Imported ${report.fileName}` : 'Imported'}
      open={report !== null}
      onClose={dismiss}
      actions={
        <button type="button" className="button button--primary" onClick={dismiss}>
          Done
        </button>
      }
    >
      {report && (
        <>
          <p className="import-report__lead">
            {report.exact
              ? 'An Archbench export: the document came back exactly as it was exported.'
              : 'Read by its headings. Every heading and where its text went:'}
          </p>
          {report.notes.length > 0 && (
            <ul className="import-report__notes">
              {report.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
          {report.placements.length > 0 && (
            <table className="import-report__table">
              <thead>
                <tr>
                  <th scope="col">Heading in the file</th>
                  <th scope="col">Went to</th>
                </tr>
              </thead>
              <tbody>
                {report.placements.map((p, i) => (
                  <tr key={`${i}-${p.heading}`}>
                    <td>{p.heading}</td>
                    <td>{p.target}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </Dialog>
  );
}
