// name: shortest-path
// title: Shortest path between two entities
// description: The shortest chains of reported claims (meetings, offices, signatures, parties, bases, troops)
//   that link two entities, one row per distinct route. Articles and their mentions are not part of a route.
// param: from entityId default=lloyd-austin — Entity the path starts at
// param: to entityId default=wang-yi — Entity the path ends at
// param: maxLength integer default=4 min=1 max=6 — Most hops a path may have

// Variable-length bounds cannot be parameters, so the search stops at the largest allowed length (6) and
// `maxLength` filters afterwards: the shortest path is shortest, so none within maxLength exists when it is longer.
// Parallel claims make many paths over the same entities; one per route is enough.
MATCH (source:Entity {id: $from}), (target:Entity {id: $to})
WHERE source <> target
MATCH path = allShortestPaths((source)-[:REPRESENTS|MET|SIGNED|PARTY_TO|LOCATED_IN|OPERATES|STATIONS_TROOPS_IN*..6]-(target))
WITH path
WHERE length(path) <= $maxLength
WITH [node IN nodes(path) | node.id] AS route, collect(path)[0] AS path
RETURN path, length(path) AS hops, [node IN nodes(path) | node.name] AS names
ORDER BY names
LIMIT 50
