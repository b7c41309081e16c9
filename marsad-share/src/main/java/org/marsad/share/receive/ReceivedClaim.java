package org.marsad.share.receive;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.extract.Modality;
import org.marsad.extract.RelationType;
import org.marsad.extract.Role;
import org.marsad.share.stix.Tlp;

/**
 * One report's statement of a fact, as a partner sent it: arguments are STIX ids of received entities, and
 * {@code report} the STIX report whose evidence this is, when the sender said.
 */
record ReceivedClaim(String stixId, RelationType type, Map<Role, List<String>> roles, Modality modality,
                     Optional<String> attribution, Optional<String> timeText, Optional<LocalDate> earliest,
                     Optional<LocalDate> latest, String quote, Optional<Tlp> tlp,
                     Optional<String> report) {
  ReceivedClaim {
    roles = Map.copyOf(roles);
  }
}
