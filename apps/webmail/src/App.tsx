import { DraftStatus } from '@inkwell/ui';

export function App() {
  return (
    <main>
      <h1>Inkwell</h1>
      <DraftStatus state="idle" />
    </main>
  );
}
