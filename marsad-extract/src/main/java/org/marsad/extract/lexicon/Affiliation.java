package org.marsad.extract.lexicon;

import org.marsad.extract.RelationType;

/** A person's known tie to a group: MEMBER_OF or LEADER_OF, with optional dates. */
public record Affiliation(String groupId, RelationType role, String start, String end) {
}
