package org.marsad.kb.store;

import org.marsad.kb.grade.Credibility;
import org.marsad.kb.grade.Reliability;

/** Where reports come from, with its Admiralty reliability and the credibility its reports get by default. */
public record Source(long id, String name, Reliability reliability, Credibility defaultCredibility) {
}
