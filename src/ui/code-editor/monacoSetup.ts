/**
 * Monaco, bundled: this module is only reached through the lazy MonacoEditor chunk. Without
 * `loader.config({ monaco })` @monaco-editor/react would fetch Monaco from a CDN, which
 * breaks offline use and the promise that nothing leaves the page's origin.
 */
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/definitions/sql/register';
import 'monaco-editor/languages/definitions/yaml/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { registerMermaid } from './mermaidLanguage';
import { defineTheme } from './theme';

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker: (workerId: string, label: string) => Worker };
  }
}

// Only the generic editor worker is needed: SQL, YAML and Mermaid are Monarch grammars
// without language services of their own.
window.MonacoEnvironment = { getWorker: () => new EditorWorker() };

registerMermaid(monaco);
defineTheme(monaco);
loader.config({ monaco });

export { monaco };
