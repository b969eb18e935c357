// name: agreement-parties
// title: Agreements, their parties and signatories
// description: Each agreement with the countries that are party to it and the people who signed it, as the
//   articles report them. Give an agreement to see only that one.
// param: agreement entityId default=null — Only this agreement (an entity id such as us-japan-security-treaty); empty for all

MATCH (agreement:Agreement)
WHERE $agreement IS NULL OR agreement.id = $agreement
OPTIONAL MATCH (party)-[:PARTY_TO]->(agreement)
WITH agreement, collect(DISTINCT party) AS parties
OPTIONAL MATCH (signatory:Person)-[:SIGNED]->(agreement)
RETURN agreement, parties, collect(DISTINCT signatory) AS signatories
ORDER BY size(parties) + size(signatories) DESC, agreement.name
