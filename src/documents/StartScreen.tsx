import { useDocuments } from './store';
import { DocumentList } from './DocumentList';
import { ImportButton } from './ImportButton';
import { sections } from '../document/registry';
import './documents.css';

/** Shown when no document is open: the first visit, or after deleting the last one. */
export function StartScreen() {
  const createDocument = useDocuments((s) => s.createDocument);
  const hasDocuments = useDocuments((s) => s.summaries.length > 0);
  return (
    <main className="start">
      <div className="start__card">
        <h1 className="start__title">Design a system, document it as you go.</h1>
        <p className="start__lead">
          Archbench walks you through the {sections.length} sections of a System Architecture
          Document, renders the document and its diagrams live beside the form, and keeps everything
          in this browser. Nothing is sent anywhere.
        </p>
        <div className="start__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => void createDocument('empty')}
          >
            Start an empty document
          </button>
          <button type="button" className="button" onClick={() => void createDocument('example')}>
            Open the worked example
          </button>
        </div>
        <ImportButton onImported={() => undefined} />
        {hasDocuments && (
          <section className="start__documents" aria-label="Your documents">
            <h2 className="start__subtitle">Your documents</h2>
            <DocumentList />
          </section>
        )}
      </div>
    </main>
  );
}
