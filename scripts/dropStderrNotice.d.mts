/** Drops every write to stderr that contains `text`; everything else passes through unchanged. */
export declare function dropStderrNotice(text: string): void;
