// name: shared-agreements
// title: Agreements two countries share
// description: The agreements both countries are reported to be party to, with any further parties.
// param: first entityId default=US — One country (an id such as US)
// param: second entityId default=JP — The other country (an id such as JP)

MATCH (first:Entity {id: $first})-[:PARTY_TO]->(agreement:Agreement)<-[:PARTY_TO]-(second:Entity {id: $second})
WHERE first <> second
WITH DISTINCT first, second, agreement
OPTIONAL MATCH (other)-[:PARTY_TO]->(agreement)
WHERE other <> first AND other <> second
RETURN agreement, first, second, collect(DISTINCT other) AS otherParties
ORDER BY agreement.name
