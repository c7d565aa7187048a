import { useEffect, useState } from 'react';
import { startDocuments, useDocuments } from '../documents/store';
import { StartScreen } from '../documents/StartScreen';
import { SaveAlert } from '../editor/SaveStatus';
import { useEditor } from '../editor/store';
import { startDerivations } from '../derived/store';
import { connectStorage } from '../storage/connect';
import { readRoute, syncRoute } from './route';
import { TopBar } from './TopBar';
import { Workspace } from './Workspace';

let starting: Promise<void> | null = null;

/** Storage connects once per page, even when React mounts the shell twice (StrictMode). */
function start(): Promise<void> {
  if (!starting) {
    const route = readRoute();
    if (route.section) useEditor.getState().selectSection(route.section);
    syncRoute(useEditor);
    startDerivations(useEditor);
    starting = connectStorage(useEditor).then((storage) => startDocuments(storage, route.docId));
  }
  return starting;
}

type Startup = { state: 'loading' } | { state: 'ready' } | { state: 'failed'; message: string };

/** The shell: starts storage once, then shows the workspace or the start screen. */
export function App() {
  const [startup, setStartup] = useState<Startup>({ state: 'loading' });
  const hasDoc = useEditor((s) => s.doc !== null);

  useEffect(() => {
    start().then(
      () => setStartup({ state: 'ready' }),
      (error: unknown) =>
        setStartup({
          state: 'failed',
          message: `This browser did not let Archbench open its storage (${error instanceof Error ? error.message : String(error)}). Private windows and some privacy settings block IndexedDB.`,
        }),
    );
  }, []);

  return (
    <>
      <TopBar />
      <SaveAlert />
      <Notice />
      {startup.state === 'failed' ? (
        <div role="alert" className="banner banner--error">
          {startup.message}
        </div>
      ) : startup.state === 'loading' ? null : hasDoc ? (
        <Workspace />
      ) : (
        <StartScreen />
      )}
    </>
  );
}

function Notice() {
  const notice = useDocuments((s) => s.notice);
  const dismiss = useDocuments((s) => s.dismissNotice);
  if (!notice) return null;
  return (
    <div role="alert" className="banner banner--info">
      <span>{notice}</span>
      <button type="button" className="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
