// name: bases-by-country
// title: Bases by host country, with their operators
// description: Military bases with the country they are located in and who operates them. A base whose host the
//   articles do not name has an empty host. Filter by host country, by operator, or both.
// param: country entityId default=null — Only bases located in this country (an id such as JP); empty for all
// param: operator entityId default=null — Only bases operated by this country or organisation (an id such as US); empty for all

MATCH (base:Base)
OPTIONAL MATCH (base)-[:LOCATED_IN]->(host:Country)
WITH DISTINCT base, host
WHERE $country IS NULL OR host.id = $country
OPTIONAL MATCH (operator)-[:OPERATES]->(base)
WITH host, base, collect(DISTINCT operator) AS operators
WHERE $operator IS NULL OR any(candidate IN operators WHERE candidate.id = $operator)
RETURN host, base, operators
ORDER BY host.name, base.name
