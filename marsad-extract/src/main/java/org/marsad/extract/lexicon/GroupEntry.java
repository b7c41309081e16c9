package org.marsad.extract.lexicon;

import java.util.List;
import java.util.Optional;
import org.marsad.extract.EntityType;

/** An armed group, state actor or organisation, with all the names the press gives it. */
public record GroupEntry(String id, EntityType type, String nameEn, String nameFr, String nameAr,
                         List<String> acronyms, List<String> aliases, Optional<String> parent,
                         String activeFrom, String activeTo) {

  public GroupEntry {
    acronyms = List.copyOf(acronyms);
    aliases = List.copyOf(aliases);
  }
}
