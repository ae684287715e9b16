/**
 * Drops every write to stderr that contains `text`; everything else passes through unchanged.
 * @param {string} text
 */
export function dropStderrNotice(text) {
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = (chunk, ...rest) => (String(chunk).includes(text) ? true : write(chunk, ...rest));
}
