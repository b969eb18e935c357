import type { NodeAppearance } from './graph-pages.js';

/** A node of the client's current view: its key, and where and in which colour the client drew it. */
export type ViewNode = { key: string } & NodeAppearance;

/**
 * What to export. A discriminated union so that new scopes slot in beside these; every `switch` over `kind`
 * ends in `unknownScope`, so the compiler names each place a new kind must be handled.
 */
export type ExportScope =
  | { kind: 'whole-graph' }
  /** These entities, and with `neighbours` every entity one claim away; the edges among all of them. */
  | { kind: 'entities'; ids: string[]; neighbours: boolean }
  /** The client's view: the server re-reads these nodes and the edges among them, keeping only the layout. */
  | { kind: 'view'; nodes: ViewNode[] }
  /** A saved query's answer (shipped or user's): the entities its rows name and the edges among them. */
  | { kind: 'saved-query'; name: string; parameters: Record<string, unknown> };

/** Most entity ids one export may name (a request body of about 1 MB). */
export const maxScopeIds = 20_000;

/** The scope in a file name: `whole-graph`, `JP-neighbours`, `3-entities`, `view`. */
export function scopeSlug(scope: ExportScope): string {
  switch (scope.kind) {
    case 'whole-graph':
      return 'whole-graph';
    case 'entities': {
      const [first] = scope.ids;
      const base = scope.ids.length === 1 && first !== undefined ? fileSafe(first) : `${scope.ids.length}-entities`;
      return scope.neighbours ? `${base}-neighbours` : base;
    }
    case 'view':
      return 'view';
    case 'saved-query':
      return `query-${fileSafe(scope.name)}`;
    default:
      return unknownScope(scope);
  }
}

/** The scope in words, for the header or metadata of the exported file. */
export function describeScope(scope: ExportScope): string {
  switch (scope.kind) {
    case 'whole-graph':
      return 'the whole graph';
    case 'entities': {
      const shown =
        scope.ids.slice(0, 10).join(', ') + (scope.ids.length > 10 ? ` and ${scope.ids.length - 10} more` : '');
      return `entities ${shown}${scope.neighbours ? ' with their neighbours' : ''}`;
    }
    case 'view':
      return `a view of ${scope.nodes.length} entities`;
    case 'saved-query': {
      const parameters = Object.entries(scope.parameters)
        .map(([name, value]) => `${name}=${JSON.stringify(value)}`)
        .join(', ');
      return `the answer of saved query ${scope.name}${parameters ? ` (${parameters})` : ''}`;
    }
    default:
      return unknownScope(scope);
  }
}

export function unknownScope(scope: never): never {
  throw new Error(`unknown export scope ${JSON.stringify(scope)}`);
}

/** Letters, digits, `_` and `-` only (accents dropped): `lloyd-austin` stays readable, anything else is folded. */
function fileSafe(id: string): string {
  const safe = id
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return safe || 'entity';
}
