package org.marsad.kb.search;

/** How many matching reports carry one value of a facet dimension. */
public record FacetCount(String label, long count) {
}
