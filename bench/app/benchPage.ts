// The contract between a benchmark page and the runner (bench/runTypingBench.mjs), on `window.__inkwellBench`.
import type { QuotedReply } from '../fixtures/generateQuotedReply';
import type { BenchEditor, BenchSize } from './benchCase';
import type { KeySample } from './installLatencyProbe';
import type { MountTimes } from './watchMount';

export type QuoteStats = Omit<QuotedReply, 'html'>;

export interface BenchPage {
  /** `unavailable`: this editor cannot be mounted in this build (e.g. `Composer` not exported yet). */
  status: 'loading' | 'ready' | 'unavailable' | 'error';
  message?: string;
  editor?: BenchEditor;
  size?: BenchSize;
  quote: QuoteStats | null;
  /** From the start of mounting to the first painted frame with the quote, and with an editor accepting input. */
  mount?: MountTimes;
  /** Focuses the editor with the caret at the end of its first paragraph; false if there is no such paragraph. */
  placeCaret(): boolean;
  /** The editor has focus: typed keys go into it. */
  hasFocus(): boolean;
  /** Text of the first paragraph: where the typed keys must land. */
  firstParagraphText(): string;
  /** The editor's serialized HTML (its own output format, as it would be sent). */
  serializedHtml(): string;
  /** `<table>` elements on screen, shadow roots included. */
  renderedTables(): number;
  samples: KeySample[];
  /** Resolves once `count` samples have been recorded. */
  waitForSamples(count: number): Promise<void>;
  clearSamples(): void;
}

declare global {
  interface Window {
    __inkwellBench?: BenchPage;
  }
}
