// The client under contract, from its source. Vitest's "node" project resolves workspace packages with Vite's
// SSR conditions, which do not include `@inkwell/source` (root vite.config.ts sets only `resolve.conditions`), so
// `import '@inkwell/axigen-client'` would load the unbuilt dist/. Importing the source entry keeps these tests
// on the code under review; switch back to the package name once the root config adds the condition for SSR.
export * from '../../../axigen-client/src/index';
