import type { EntityKind } from '../model.js';
import type { Token } from '../text/tokens.js';
import type { Hit } from './article-state.js';
import type { TitleAt } from './scan-sentence.js';

/* Whose office a title is (a country's, an organisation's), and giving it to a person. */

/**
 * The comma that closes the phrase after a title, within five words of `at`: "der Koordinator des Sicherheitsrates,
 * John Kirby," — the name in apposition starts after it. -1 if there is none.
 */
export function commaClosingTitlePhrase(tokens: Token[], at: number): number {
  return tokens.findIndex((token, k) => k > at && k <= at + 5 && token.text === ',');
}

/** The last of the titles that follow one another from `title` on ("stellvertretenden" + "Sicherheitsberater"). */
export function lastOfRun(title: TitleAt, titles: TitleAt[]): TitleAt {
  let last = title;
  for (let next = titles.find((t) => t.from === last.to); next; next = titles.find((t) => t.from === last.to))
    last = next;
  return last;
}

export function giveTitle(
  person: Hit,
  title: TitleAt,
  country: string | undefined,
  organization: string | undefined,
): void {
  person.role = title.role;
  if (country) person.roleCountry = country;
  if (organization) person.roleOrganization = organization;
}

/** "Koordinator des Nationalen Sicherheitsrates", "Chinese Foreign Ministry spokesperson": whose office a title is. */
export function organizationOf(title: TitleAt, tokens: Token[], hits: Hit[]): string | undefined {
  return (
    title.organization ??
    affiliationAfter(title.to, tokens, hits, 'Organization') ??
    hits.find((hit) => hit.kind === 'Organization' && hit.to === title.from)?.id
  );
}

export function countryBefore(at: number, hits: Hit[], tokens: Token[]): string | undefined {
  // "die japanische Außenministerin", "Japans Premierminister", "der südkoreanische Amtskollege"; not across a
  // dropped mark ("nordöstlich von Tokio; Luftwaffeninspekteur …"): one space at most between them.
  const hit = hits.find((candidate) => candidate.kind === 'Country' && candidate.to === at);
  return hit && (tokens[at]?.start ?? hit.end) - hit.end <= 1 ? hit.id : undefined;
}

export function countryAfterTitle(at: number, tokens: Token[], hits: Hit[]): string | undefined {
  return affiliationAfter(at, tokens, hits, 'Country');
}

/** "Gegenpart aus Südkorea", "Koordinator des Nationalen Sicherheitsrates": what a title belongs to. */
export function affiliationAfter(at: number, tokens: Token[], hits: Hit[], kind: EntityKind): string | undefined {
  // "Gegenpart aus Südkorea", "Außenminister der USA", "Secretary of State of the United States",
  // "Koordinator im Nationalen Sicherheitsrat" (up to 2 words between)
  for (let gap = 0; gap <= 2; gap++) {
    const hit = hits.find((candidate) => candidate.kind === kind && candidate.from === at + gap);
    if (hit && tokens.slice(at, at + gap).every((token) => affiliationWord.test(token.text))) return hit.id;
  }
  return undefined;
}

const affiliationWord = /^(aus|der|des|von|vom|im|beim|of|the|from|at)$/i;
