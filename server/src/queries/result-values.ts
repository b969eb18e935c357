import neo4j, { type Node, type Path, type Relationship } from 'neo4j-driver';

/**
 * Driver values → plain JSON. Nodes and relationships are named by their domain `id` where they have one (an
 * entity's slug, an article's id), so rows line up with the graph answer's keys; otherwise by Neo4j's element id.
 */
export type JsonNode = { id: string; elementId: string; labels: string[]; properties: Record<string, unknown> };
export type JsonRelationship = {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
};
export type JsonPath = {
  start: JsonNode;
  end: JsonNode;
  segments: { start: JsonNode; relationship: JsonRelationship; end: JsonNode }[];
};

/**
 * Properties left out of rows: an article's full text (tens of kilobytes each; `GET /api/articles/:id` serves it)
 * and the search field derived from an entity's name and aliases.
 */
const hiddenProperties: Record<string, readonly string[]> = { Article: ['text'], Entity: ['searchText'] };

/** What the rows reference: every node seen, and the element ids of relationship ends that are not among them. */
export type NodeReferences = { nodes: Map<string, Node>; endpoints: Set<string> };

export function collectReferences(value: unknown, references: NodeReferences): void {
  if (neo4j.isNode(value)) references.nodes.set(value.elementId, value);
  else if (neo4j.isRelationship(value)) {
    references.endpoints.add(value.startNodeElementId);
    references.endpoints.add(value.endNodeElementId);
  } else if (neo4j.isPath(value)) {
    for (const segment of value.segments) {
      references.nodes.set(segment.start.elementId, segment.start);
      references.nodes.set(segment.end.elementId, segment.end);
    }
    references.nodes.set(value.start.elementId, value.start);
  } else if (Array.isArray(value)) {
    for (const item of value) collectReferences(item, references);
  } else if (isPlainObject(value)) {
    for (const item of Object.values(value)) collectReferences(item, references);
  }
}

/** An endpoint as the row shows it: its domain id and whether it is an entity. */
export type Endpoint = { id: string; entity: boolean };

/** The domain id of a node, or its element id when it has none. */
export function idOfNode(node: Node): string {
  const id = node.properties.id;
  return typeof id === 'string' ? id : node.elementId;
}

export function isEntity(node: Node): boolean {
  return node.labels.includes('Entity');
}

/** Converts one value; `endpoints` names relationship ends by element id. */
export function toJson(value: unknown, endpoints: ReadonlyMap<string, Endpoint>): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (neo4j.isNode(value)) return nodeToJson(value, endpoints);
  if (neo4j.isRelationship(value)) return relationshipToJson(value, endpoints);
  if (neo4j.isPath(value)) return pathToJson(value, endpoints);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value) ||
    neo4j.isPoint(value)
  ) {
    return value.toString();
  }
  if (Array.isArray(value)) return value.map((item) => toJson(item, endpoints));
  if (ArrayBuffer.isView(value)) return Array.from(value as Uint8Array);
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toJson(item, endpoints)]));
  }
  return String(value);
}

function nodeToJson(node: Node, endpoints: ReadonlyMap<string, Endpoint>): JsonNode {
  const hidden = new Set(node.labels.flatMap((label) => hiddenProperties[label] ?? []));
  const properties = Object.fromEntries(
    Object.entries(node.properties)
      .filter(([key]) => !hidden.has(key))
      .map(([key, item]) => [key, toJson(item, endpoints)]),
  );
  return { id: idOfNode(node), elementId: node.elementId, labels: [...node.labels], properties };
}

function relationshipToJson(relationship: Relationship, endpoints: ReadonlyMap<string, Endpoint>): JsonRelationship {
  const properties = Object.fromEntries(
    Object.entries(relationship.properties).map(([key, item]) => [key, toJson(item, endpoints)]),
  );
  return {
    id: relationship.elementId,
    type: relationship.type,
    start: endpoints.get(relationship.startNodeElementId)?.id ?? relationship.startNodeElementId,
    end: endpoints.get(relationship.endNodeElementId)?.id ?? relationship.endNodeElementId,
    properties,
  };
}

function pathToJson(path: Path, endpoints: ReadonlyMap<string, Endpoint>): JsonPath {
  return {
    start: nodeToJson(path.start, endpoints),
    end: nodeToJson(path.end, endpoints),
    segments: path.segments.map((segment) => ({
      start: nodeToJson(segment.start, endpoints),
      relationship: relationshipToJson(segment.relationship, endpoints),
      end: nodeToJson(segment.end, endpoints),
    })),
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
