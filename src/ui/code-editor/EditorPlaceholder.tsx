/** What a code field shows while Monaco loads (first use only). */
export function EditorPlaceholder({ height }: { height: number }) {
  return (
    <div className="code-field__loading" style={{ height }}>
      Loading editor…
    </div>
  );
}
