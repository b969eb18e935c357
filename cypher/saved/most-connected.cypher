// name: most-connected
// title: Most connected entities
// description: The entities linked to the most other entities by reported claims, with how many claims link
//   them. Restrict to some kinds to rank, say, only people.
// param: limit integer default=10 min=1 max=100 — How many entities to list
// param: kinds kind[] default=[] — Only entities of these kinds (Person, Country, Agreement, Base, Organization); empty for all

MATCH (entity:Entity)
WHERE size($kinds) = 0 OR entity.kind IN $kinds
WITH entity,
  COUNT { MATCH (entity)-[:REPRESENTS|MET|SIGNED|PARTY_TO|LOCATED_IN|OPERATES|STATIONS_TROOPS_IN]-(other:Entity) RETURN DISTINCT other } AS neighbours,
  COUNT { (entity)-[:REPRESENTS|MET|SIGNED|PARTY_TO|LOCATED_IN|OPERATES|STATIONS_TROOPS_IN]-(:Entity) } AS claims
WHERE neighbours > 0
RETURN entity, neighbours, claims
ORDER BY neighbours DESC, claims DESC, entity.name
LIMIT $limit
