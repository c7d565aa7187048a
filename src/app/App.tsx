import { lazy, Suspense, useEffect, useState } from 'react';
import { startDocuments, useDocuments } from '../documents/store';
import { StartScreen } from '../documents/StartScreen';
import { SaveAlert } from '../workspace/SaveStatus';
import { useEditor } from '../editor/store';
import { startDerivations } from '../derived/store';
import { startSettling } from '../derived/settled';
import { readShareToken, useShare } from '../share/store';
import { connectStorage } from '../storage/connect';
import { keepDrawingsIn } from '../diagrams/keptDrawings';
import { saveVersion, versionsChanged } from '../versions/store';
import { readRoute, syncRoute } from './route';
import { TopBar } from './TopBar';
import { whenIdle } from '../ui/idle';

// A share link's screen, with the codec and decryption: loaded only when a link is opened.
const SharedScreen = lazy(() => import('../share/SharedScreen'));
// The workspace (forms, preview, the Markdown renderer) is not part of the first screen: its
// download starts with the app and is awaited only when a document opens.
const loadWorkspace = () => import('../workspace/Workspace');
const Workspace = lazy(() => loadWorkspace().then((m) => ({ default: m.Workspace })));
// Only for a document a newer version wrote.
const ReadOnlyScreen = lazy(() => import('../documents/ReadOnlyScreen'));

let starting: Promise<void> | null = null;

/**
 * A share link pasted into this tab's address bar changes only the fragment: the open
 * document is put away (its pending edits are saved by the autosaver) and the link shown.
 */
function followShareLinks(): void {
  window.addEventListener('hashchange', () => {
    const token = readShareToken();
    if (!token || token === useShare.getState().token) return;
    useEditor.getState().closeDocument();
    useShare.setState({ token });
  });
  // Opening one of our documents (Documents, New document, Save a copy) leaves the link.
  useEditor.subscribe((state, previous) => {
    if (state.doc && !previous.doc && useShare.getState().token) useShare.getState().leave();
  });
}

/** Storage connects once per page, even when React mounts the shell twice (StrictMode). */
function start(): Promise<void> {
  if (!starting) {
    void loadWorkspace();
    // The renderer frame starts at the first quiet moment, in its own process where the
    // browser isolates sandboxed frames: Mermaid is ready while the start screen or the list
    // is looked at, and a document reopened shows its kept drawings without it. (A drawing
    // asked for before then starts it at once.)
    whenIdle(() => void import('../diagrams/mermaidRuntime').then((m) => m.prepareMermaid()), 1000);
    const route = readRoute();
    const token = readShareToken();
    if (token) useShare.setState({ token });
    if (route.section) useEditor.getState().selectSection(route.section);
    syncRoute(useEditor);
    startDerivations(useEditor);
    startSettling(useEditor);
    // Versions are kept by the versions feature; the rest asks the editor for a checkpoint.
    useEditor.setState({ checkpointer: saveVersion });
    followShareLinks();
    starting = connectStorage(useEditor, {
      onListChanged: () => {
        // Another tab may announce before this one has its list.
        if (useDocuments.getState().ready) void useDocuments.getState().refresh();
      },
      onConflict: (fields, version) => {
        versionsChanged();
        useDocuments.setState({
          notice: `This document was changed in another tab at the same time. Edits to different fields were merged. Both tabs changed ${fields.join('; ')}: this tab’s text was kept, and the other tab’s document was saved as the version “${version}” (see Versions).`,
        });
      },
      onDeleted: (id) => void useDocuments.getState().deletedElsewhere(id),
    })
      // Only where IndexedDB is refused: not part of everyone's first download.
      .catch(async (error: unknown) =>
        (await import('../storage/memory')).memoryStorage(
          useEditor,
          error instanceof Error ? error.message : String(error),
        ),
      )
      .then((storage) => {
        keepDrawingsIn(storage.drawings ?? null);
        return startDocuments(storage, route.docId, { openOne: !token });
      });
  }
  return starting;
}

type Startup = { state: 'loading' } | { state: 'ready' } | { state: 'failed'; message: string };

/** The shell: starts storage once, then shows the workspace or the start screen. */
export function App() {
  const [startup, setStartup] = useState<Startup>({ state: 'loading' });
  const hasDoc = useEditor((s) => s.doc !== null);
  const shareToken = useShare((s) => s.token);
  const readOnly = useDocuments((s) => s.readOnly !== null);

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
      ) : startup.state === 'loading' ? null : shareToken && !hasDoc ? (
        <Suspense fallback={null}>
          <SharedScreen key={shareToken} token={shareToken} />
        </Suspense>
      ) : hasDoc ? (
        <Suspense fallback={null}>
          <Workspace />
        </Suspense>
      ) : readOnly ? (
        <Suspense fallback={null}>
          <ReadOnlyScreen />
        </Suspense>
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
