/** What the print view says instead of a document: loading, or why it cannot print. */
export function PrintMessage({ text, problem = false }: { text: string; problem?: boolean }) {
  return (
    <p className="print-message" role={problem ? 'alert' : 'status'}>
      {text}
    </p>
  );
}
