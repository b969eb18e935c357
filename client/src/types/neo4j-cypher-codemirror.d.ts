// The package ships its typings at src/codemirror.d.ts but its "exports" map does not point the main entry at
// them, so TypeScript's bundler resolution cannot find them by itself.
declare module '@neo4j-cypher/codemirror' {
  export * from '@neo4j-cypher/codemirror/src/codemirror.js';
}
