package org.marsad.share.export;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.marsad.extract.Modality;
import org.marsad.extract.RelationType;
import org.marsad.extract.Role;
import org.marsad.kb.query.Fact;
import org.marsad.share.stix.Admiralty;
import org.marsad.share.stix.MarsadExtension;
import org.marsad.share.stix.StixId;
import org.marsad.share.stix.StixJson;
import org.marsad.share.stix.Tlp;
import org.marsad.share.stix.Vocabulary;

/**
 * Facts as STIX objects. A relation is a {@code relationship} for each pair it links (subject to object; for a
 * symmetric type, the first participant to each other one), every pair carrying the whole fact in the Marsad
 * extension. An event is a {@code sighting} of its main actor where it happened: STIX's observed-data must point
 * at cyber observables, which Marsad has none of (docs/SHARING.md).
 *
 * <p>Confidence is the STIX Admiralty mapping of the best report's credibility; the modality and every piece of
 * evidence travel in the extension, and a fact stated less than firmly also gets a {@code marsad-modality-*}
 * label and says so first in its description, so that no reader mistakes a prospect for an established fact.
 */
final class FactObjects {
  private static final List<Role> ACTOR_ROLES = List.of(Role.AGENT, Role.SUBJECT, Role.PARTICIPANTS, Role.TARGET,
      Role.OBJECT);
  private static final List<Role> PLACE_ROLES = List.of(Role.LOCATION, Role.DESTINATION, Role.ORIGIN, Role.VIA);
  private final NodeIdentity node;

  FactObjects(NodeIdentity node) {
    this.node = node;
  }

  /**
   * The objects of one fact; empty when it links fewer than two exported entities.
   *
   * @param idSeed    what the objects' ids are derived from: "fact:" and the fact key (a view adds what it keeps)
   * @param refs      the STIX id of each exported entity (absent: not exported)
   * @param reportRef the STIX id of each report, by report id
   */
  List<Map<String, Object>> objects(Fact f, String idSeed, LongFunction<Optional<String>> refs,
                                    LongFunction<String> reportRef, LongFunction<String> name,
                                    LongFunction<String> ident, Tlp marking) {
    Map<String, Object> body = body(f, refs, reportRef);
    String description = description(f, name);
    List<Map<String, Object>> out = new ArrayList<>();
    if (f.type().isEvent()) {
      // a meeting's participants come in the order of their idents, as a symmetric relation's pairs do: claims list
      // them in no order every node shares, and the sighting's main actor must be the same on every node
      List<String> actors = new ArrayList<>(f.type().shape() == RelationType.Shape.SYMMETRIC ? participants(f, refs,
          ident) : List.of());
      ids(f, ACTOR_ROLES, refs).stream().filter(id -> !actors.contains(id)).forEach(actors::add);
      if (actors.isEmpty()) {
        return out;
      }
      Map<String, Object> m = common(node.derive("sighting", idSeed), f, marking, description);
      f.when().ifPresent(d -> m.put("first_seen", StixJson.timestamp(d)));
      latest(f).ifPresent(d -> m.put("last_seen", StixJson.timestamp(d)));
      m.put("sighting_of_ref", actors.get(0));
      Sdo.putIfAny(m, "where_sighted_refs", ids(f, PLACE_ROLES, refs).stream()
          .filter(id -> id.startsWith("location--")).toList());
      Sdo.extend(m, body);
      out.add(m);
      return out;
    }
    String type = Vocabulary.relationshipType(f.type()).orElseThrow();
    for (String[] pair : pairs(f, refs, ident)) {
      Map<String, Object> m = common(node.derive("relationship", idSeed + "|" + pair[0] + ">" + pair[1]),
          f, marking, description);
      m.put("relationship_type", type);
      m.put("source_ref", pair[0]);
      m.put("target_ref", pair[1]);
      f.when().ifPresent(d -> m.put("start_time", StixJson.timestamp(d)));
      Sdo.extend(m, body);
      out.add(m);
    }
    return out;
  }

  private Map<String, Object> common(StixId id, Fact f, Tlp marking, String description) {
    Map<String, Object> m = Sdo.start(id, node, marking);
    m.put("description", description);
    Admiralty.confidence(f.confidence().best().credibility()).ifPresent(c -> m.put("confidence", c));
    if (f.modality() != Modality.ASSERTED && f.modality() != Modality.REPORTED) {
      m.put("labels", List.of("marsad-modality-" + f.modality().name().toLowerCase(java.util.Locale.ROOT)));
    }
    return m;
  }

  private static List<String[]> pairs(Fact f, LongFunction<Optional<String>> refs, LongFunction<String> ident) {
    List<String[]> out = new ArrayList<>();
    if (f.type().shape() == RelationType.Shape.SYMMETRIC) {
      List<String> all = participants(f, refs, ident);
      for (int i = 1; i < all.size(); i++) {
        out.add(new String[] {all.get(0), all.get(i)});
      }
      return out;
    }
    for (String s : ids(f, List.of(Role.SUBJECT, Role.AGENT), refs)) {
      for (String t : ids(f, List.of(Role.OBJECT, Role.TARGET), refs)) {
        if (!s.equals(t)) {
          out.add(new String[] {s, t});
        }
      }
    }
    return out;
  }

  /** A symmetric fact's participants in the order of their idents, which every node shares. */
  private static List<String> participants(Fact f, LongFunction<Optional<String>> refs, LongFunction<String> ident) {
    List<String> all = new ArrayList<>();
    java.util.stream.Stream.of(Role.SUBJECT, Role.OBJECT, Role.PARTICIPANTS).flatMap(r -> f.arg(r).stream())
        .distinct().sorted(java.util.Comparator.comparing(ident::apply))
        .forEach(id -> refs.apply(id).filter(x -> !all.contains(x)).ifPresent(all::add));
    return all;
  }

  private static List<String> ids(Fact f, List<Role> roles, LongFunction<Optional<String>> refs) {
    List<String> out = new ArrayList<>();
    for (Role r : roles) {
      for (Long id : f.arg(r)) {
        refs.apply(id).filter(x -> !out.contains(x)).ifPresent(out::add);
      }
    }
    return out;
  }

  private static Optional<java.time.LocalDate> latest(Fact f) {
    return f.evidence().stream().flatMap(e -> e.claim().latest().or(() -> e.when()).stream())
        .max(java.time.LocalDate::compareTo).filter(d -> f.when().map(w -> !d.isBefore(w)).orElse(true));
  }

  private static Map<String, Object> body(Fact f, LongFunction<Optional<String>> refs, LongFunction<String> reportRef) {
    Map<String, Object> body = MarsadExtension.body("fact");
    body.put("relation_type", f.type().name());
    body.put("modality", f.modality().name());
    body.put("contradicted", f.contradicted());
    Map<String, Object> roles = new LinkedHashMap<>();
    Map<Role, List<String>> byRole = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      List<String> ids = ids(f, List.of(r), refs);
      if (!ids.isEmpty()) {
        byRole.put(r, ids);
      }
    }
    byRole.forEach((r, ids) -> roles.put(r.key(), ids));
    body.put("roles", roles);
    body.put("reliability", f.confidence().best().reliability().name());
    body.put("credibility", f.confidence().best().credibility().code());
    body.put("derivation", f.confidence().derivation());
    List<Object> evidence = new ArrayList<>();
    for (Fact.Evidence e : f.evidence()) {
      Map<String, Object> ev = new LinkedHashMap<>();
      ev.put("report_ref", reportRef.apply(e.claim().reportId()));
      ev.put("grade", e.grade());
      ev.put("modality", e.claim().modality().name());
      e.claim().attribution().ifPresent(a -> ev.put("attribution", a));
      e.claim().timeText().ifPresent(t -> ev.put("time_text", t));
      e.claim().earliest().ifPresent(d -> ev.put("earliest", d.toString()));
      e.claim().latest().ifPresent(d -> ev.put("latest", d.toString()));
      ev.put("quote", e.claim().evidence());
      ev.put("start", e.claim().start());
      ev.put("end", e.claim().end());
      evidence.add(ev);
    }
    body.put("evidence", evidence);
    return body;
  }

  private static String description(Fact f, LongFunction<String> name) {
    StringBuilder sb = new StringBuilder();
    if (f.modality() != Modality.ASSERTED) {
      sb.append(f.modality().name()).append(": ");
    }
    sb.append(f.type().name());
    for (Role r : Role.values()) {
      if (!f.arg(r).isEmpty()) {
        sb.append("; ").append(r.key()).append(' ');
        sb.append(String.join(", ", f.arg(r).stream().map(name::apply).toList()));
      }
    }
    sb.append(" (").append(f.confidence().derivation()).append(')');
    return sb.toString();
  }
}
