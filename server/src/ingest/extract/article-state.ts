import type { KnownEntity, Lexicon } from '../lexicon/lexicon.js';
import type { Entity, EntityKind, Extraction, Mention, Relation, RelationType } from '../model.js';
import type { Sentence } from '../text/sentences.js';
import type { Token } from '../text/tokens.js';
import { slug } from '../text/slug.js';
import type { Found } from './scan-sentence.js';

/** `language`: the article's language as its metadata gives it ("de", "en-GB"); read from the text when absent. */
export type ArticleContext = { articleId: string; publishedAt?: string; language?: string };

/** A resolved mention inside one sentence, by token range. */
export type Hit = {
  id: string;
  kind: EntityKind;
  from: number;
  to: number;
  start: number;
  end: number;
  form?: Found['form'];
  role?: string;
  roleCountry?: string;
  roleOrganization?: string;
  /** The role came from a title in apposition ("the US ambassador, Philip Goldberg,"); a rank after it keeps it. */
  titleFixed?: boolean;
};

/**
 * What the extraction of one article has gathered so far: its entities, mentions and relations, and what later
 * sentences refer back to.
 */
export class ArticleState {
  readonly namedInFull = new Set<string>();
  /** Agreements of the lexicon this article names anywhere (see settleAgreements). */
  readonly articleAgreements = new Set<string>();
  readonly entities = new Map<string, Entity>();
  readonly mentions: Mention[] = [];
  readonly relations: Relation[] = [];
  /** The country each person was last said to represent in this article. */
  readonly represents = new Map<string, string>();
  private readonly relationKeys = new Set<string>();
  /** Surnames of people the lexicon does not know, introduced in full earlier in this article. */
  readonly newSurnames = new Map<string, string>();
  /** Abbreviations of organisations the lexicon does not know, introduced earlier in this article, to their ids. */
  readonly newNames = new Map<string, string>();
  lastAgreement: string | undefined;
  firstSignedAgreement: string | undefined;
  /** Agreements reported as new or signed that stayed unnamed, with the countries of their sentence. */
  readonly freshUnnamed = new Map<string, string[]>();
  private newAgreements = 0;

  constructor(
    readonly lexicon: Lexicon,
    readonly context: ArticleContext,
  ) {}

  entity(id: string, kind: EntityKind, name: string, known?: KnownEntity): Entity {
    let entity = this.entities.get(id);
    if (!entity) {
      entity = { id, kind, name, aliases: [] };
      if (known?.wikidata) entity.wikidata = known.wikidata;
      this.entities.set(id, entity);
    }
    return entity;
  }

  /** An entity the lexicon does not know, named by the words `from`…`to` of a sentence, and its mention there. */
  newEntityAt(tokens: Token[], from: number, to: number, kind: EntityKind): Hit {
    const name = tokens
      .slice(from, to)
      .map((token) => token.text)
      .join(' ');
    const id = slug(name);
    this.entity(id, kind, name);
    return { id, kind, from, to, start: tokens[from]!.start, end: tokens[to - 1]!.end };
  }

  private ensure(id: string): boolean {
    if (this.entities.has(id)) return true;
    const known = this.lexicon.entities.get(id);
    if (known) this.entity(known.id, known.kind, known.name, known);
    return known !== undefined;
  }

  newAgreementId(label: string): string {
    this.newAgreements++;
    return `${slug(label)}-${slug(this.context.articleId).slice(0, 24)}-${this.newAgreements}`;
  }

  /** How often each agreement was mentioned so far, in the order of their latest mention (see mainAgreement). */
  readonly agreementMentions = new Map<string, number>();
  /** Each mention of an agreement, by sentence, in order: what "the agreement" in the next sentences may refer to. */
  readonly agreementsBySentence: { id: string; sentence: number }[] = [];
  /** The people each sentence names, in order: whom "die beiden Minister" in a later sentence means. */
  readonly peopleBySentence = new Map<number, string[]>();
  /** The sentence being read. */
  sentence = 0;

  mention(hit: Hit, text: string, sentence: number): void {
    const surface = text.slice(hit.start, hit.end);
    const entity = this.entities.get(hit.id)!;
    if (entity.kind === 'Agreement') {
      const count = (this.agreementMentions.get(hit.id) ?? 0) + 1;
      this.agreementMentions.delete(hit.id);
      this.agreementMentions.set(hit.id, count);
      this.agreementsBySentence.push({ id: hit.id, sentence });
    }
    if (entity.kind === 'Person') {
      const people = this.peopleBySentence.get(sentence) ?? [];
      if (!people.includes(hit.id)) people.push(hit.id);
      this.peopleBySentence.set(sentence, people);
    }
    if (!entity.aliases.includes(surface) && surface !== entity.name) entity.aliases.push(surface);
    this.mentions.push({ entityId: hit.id, start: hit.start, end: hit.end, surface, sentence });
  }

  relate(
    type: RelationType,
    source: string,
    target: string,
    sentence: Sentence,
    extra: { role?: string; count?: number } = {},
  ): void {
    if (source === target) return;
    // An end known only from the lexicon (a minister's country the text does not name) still becomes a node,
    // so that the claim is always written.
    if (!this.ensure(source) || !this.ensure(target)) return;
    const [a, b] = type === 'MET' && source > target ? [target, source] : [source, target];
    this.keep({
      type,
      source: a,
      target: b,
      ...extra,
      evidence: { sentence: sentence.index, start: sentence.start, end: sentence.end, text: sentence.text },
    });
  }

  /** Adds a relation unless the same one, from the same sentence, is there already. */
  private keep(relation: Relation): void {
    const key = [
      relation.type,
      relation.source,
      relation.target,
      relation.evidence.sentence,
      relation.role,
      relation.count,
    ].join('|');
    if (this.relationKeys.has(key)) return;
    this.relationKeys.add(key);
    this.relations.push(relation);
  }

  /**
   * One agreement under two ids: mentions and relations of `from` become those of `to`, and `from` is gone. A
   * relation both had in the same sentence is kept once.
   */
  merge(from: string, to: string): void {
    const source = this.entities.get(from);
    const target = this.entities.get(to);
    if (!source || !target) return;
    for (const alias of [source.name, ...source.aliases])
      if (!target.aliases.includes(alias) && alias !== target.name) target.aliases.push(alias);
    this.entities.delete(from);
    this.unnamedAgreements.delete(from);
    for (const mention of this.mentions) if (mention.entityId === from) mention.entityId = to;
    const relations = this.relations.splice(0);
    this.relationKeys.clear();
    for (const relation of relations)
      this.keep({
        ...relation,
        source: relation.source === from ? to : relation.source,
        target: relation.target === from ? to : relation.target,
      });
  }

  /** Agreements the text reports without a name, by id, with the word it calls them ("Abkommen", "pact"). */
  readonly unnamedAgreements = new Map<string, string>();

  result(): Extraction {
    for (const [id, head] of this.unnamedAgreements) this.entities.get(id)!.name = this.unnamedName(id, head);
    return { entities: [...this.entities.values()], mentions: this.mentions, relations: this.relations };
  }

  /**
   * An unnamed agreement is known by its parties, as a reader would say it: "Abkommen (Japan, South Korea, United
   * States of America)"; without parties, by when it was reported.
   */
  private unnamedName(id: string, head: string): string {
    const parties = new Set<string>();
    for (const relation of this.relations)
      if (relation.type === 'PARTY_TO' && relation.target === id) parties.add(this.entities.get(relation.source)!.name);
    if (parties.size > 0) return `${head} (${[...parties].sort().join(', ')})`;
    const date = this.context.publishedAt?.slice(0, 10);
    return date ? `${head} (reported ${date})` : `${head} (article ${this.context.articleId})`;
  }
}

export function unique(hits: Hit[]): Hit[] {
  if (hits.length < 2) return hits;
  const seen = new Set<string>();
  return hits.filter((hit) => !seen.has(hit.id) && seen.add(hit.id));
}

export function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}
