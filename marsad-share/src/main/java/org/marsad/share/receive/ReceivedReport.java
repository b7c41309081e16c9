package org.marsad.share.receive;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.marsad.kb.grade.Credibility;
import org.marsad.share.stix.Tlp;

/**
 * What will be stored as one report: a STIX report a partner sent, or the objects the bundle holds outside any
 * report, with the creator they are evidence from.
 */
record ReceivedReport(String stixId, String creator, String name, Optional<LocalDate> published,
                      Credibility credibility, Optional<Tlp> tlp, String language, List<String> entities,
                      List<ReceivedClaim> claims) {
  ReceivedReport {
    entities = List.copyOf(entities);
    claims = List.copyOf(claims);
  }
}
