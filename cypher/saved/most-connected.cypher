// name: most-connected
// title: Most connected entities
// description: The entities linked to the most other entities by reported claims, with how many claims link
//   them. Restrict to some kinds to rank, say, only people. The candidates are the 50 × limit entities with the
//   most claims, so an entity with many neighbours but few claims each is never missed in practice.
// param: limit integer default=10 min=1 max=100 — How many entities to list
// param: kinds kind[] default=[] — Only entities of these kinds (Person, Country, Agreement, Base, Organization); empty for all

// Counting claims reads each entity's stored degree; counting distinct neighbours walks every relationship, which
// on a graph of 100,000 entities takes Neo4j about a second. So the walk is done only for the candidates: no
// entity has more neighbours than claims, and the top of the ranking by neighbours sits among the top by claims.
MATCH (entity:Entity)
WHERE size($kinds) = 0 OR entity.kind IN $kinds
WITH entity, COUNT { (entity)-[:REPRESENTS|MET|SIGNED|PARTY_TO|LOCATED_IN|OPERATES|STATIONS_TROOPS_IN]-() } AS claims
WHERE claims > 0
ORDER BY claims DESC
LIMIT toInteger($limit) * 50
WITH entity, claims,
  COUNT { MATCH (entity)-[:REPRESENTS|MET|SIGNED|PARTY_TO|LOCATED_IN|OPERATES|STATIONS_TROOPS_IN]-(other:Entity) RETURN DISTINCT other } AS neighbours
RETURN entity, neighbours, claims
ORDER BY neighbours DESC, claims DESC, entity.name
LIMIT $limit
