// Parses HTML into a document with no browsing context: nothing in it loads, runs or renders.
export function parseInert(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}

/** An empty inert document to build and serialize DOM in without fetching anything. */
export function createInertDocument(): Document {
  return document.implementation.createHTMLDocument('');
}
