package org.marsad.extract.lexicon;

import org.marsad.extract.RelationType;

/** A dated, documented relation between two groups (a merger, a split, a pledge). */
public record GroupLink(String subject, RelationType type, String object, String start, String end, String note) {
}
