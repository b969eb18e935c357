// name: country-officials
// title: A country's officials and their foreign counterparts
// description: The people reported to represent a country, with their roles, and the people from other countries
//   they met. An official no foreign meeting is reported for has an empty counterpart.
// param: country entityId default=US — The country (an id such as US, JP, KR)

MATCH (official:Person)-[office:REPRESENTS]->(country:Country {id: $country})
WITH country, official, collect(DISTINCT office.role) AS roles
OPTIONAL MATCH (official)-[:MET]-(counterpart:Person)-[:REPRESENTS]->(foreign:Country)
WHERE foreign <> country AND NOT (counterpart)-[:REPRESENTS]->(country)
WITH country, official, roles, counterpart, collect(DISTINCT foreign) AS counterpartCountries
RETURN country, official, roles, counterpart, counterpartCountries
ORDER BY official.name, counterpart.name
