// name: who-met-whom
// title: Who met whom
// description: Pairs of people whom the articles report meeting, with how many reports and which articles say
//   so. Give a person to see only the people they met.
// param: person entityId default=null — Only the meetings of this person (an entity id such as lloyd-austin); empty for all

// MET is stored one way per pair and matched here in both directions: without a person, `a.id < b.id` keeps each
// pair once; with one, `a` is that person.
MATCH (a:Person)-[meeting:MET]-(b:Person)
WHERE CASE WHEN $person IS NULL THEN a.id < b.id ELSE a.id = $person END
WITH a, b, count(meeting) AS reports, collect(DISTINCT meeting.article) AS articles
RETURN a AS person, b AS counterpart, reports, articles
ORDER BY reports DESC, person.name, counterpart.name
