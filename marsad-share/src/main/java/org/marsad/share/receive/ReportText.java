package org.marsad.share.receive;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.extract.DocumentInfo;
import org.marsad.extract.Entity;
import org.marsad.extract.Extraction;
import org.marsad.extract.Mention;
import org.marsad.extract.Relation;
import org.marsad.extract.Role;
import org.marsad.extract.TimeValue;
import org.marsad.kb.source.Sha256;
import org.marsad.kb.source.SourceFormat;
import org.marsad.kb.source.SourceReport;
import org.marsad.text.Language;

/**
 * Writes a received report out as text, one line per entity and per claim, and the extraction that points into
 * it: every stored claim keeps, as for any report, the exact characters of its evidence, its attribution and its
 * time expression. The original bytes archived with it are the STIX objects it came from.
 */
final class ReportText {
  private final StringBuilder text = new StringBuilder();

  private ReportText() {
  }

  /** The report to store, with what each local claim id ("r1") and entity id ("e1") stands for. */
  record Written(SourceReport report, Extraction extraction, Map<String, ReceivedClaim> claims,
                 Map<String, ReceivedEntity> entities) {
  }

  static Written write(String input, ReceivedReport r, Map<String, ReceivedEntity> entities, byte[] original) {
    return new ReportText().build(input, r, entities, original);
  }

  private Written build(String input, ReceivedReport r, Map<String, ReceivedEntity> entities, byte[] original) {
    line(r.name());
    line("Shared by " + r.creator());
    line("Published " + r.published().map(Object::toString).orElse("(not given)"));
    line("");
    Set<String> named = new LinkedHashSet<>(r.entities());
    r.claims().forEach(c -> c.roles().values().forEach(named::addAll));
    Map<String, String> localOf = new LinkedHashMap<>();
    List<Entity> out = new ArrayList<>();
    Map<String, ReceivedEntity> byLocal = new LinkedHashMap<>();
    for (String id : named) {
      ReceivedEntity e = entities.get(id);
      if (e == null) {
        continue;
      }
      String local = "e" + (out.size() + 1);
      localOf.put(id, local);
      byLocal.put(local, e);
      int start = text.length();
      line(flat(e.name()));
      Mention m = new Mention(start, start + flat(e.name()).length(), flat(e.name()));
      out.add(new Entity(local, e.type(), m.text(), e.nameEn(), e.aliases(), e.lexiconId(), List.of(m), e.geo()));
    }
    line("");
    List<Relation> relations = new ArrayList<>();
    Map<String, ReceivedClaim> claims = new LinkedHashMap<>();
    Set<String> seen = new LinkedHashSet<>();
    for (ReceivedClaim c : r.claims()) {
      // one fact sent as several relationships (one per pair) carries the same evidence on each
      String same = c.type() + "|" + c.roles() + "|" + c.modality() + "|" + c.attribution() + "|" + c.earliest() + "|"
          + c.latest() + "|" + c.quote() + "|" + c.report();
      if (!seen.add(same)) {
        continue;
      }
      Map<Role, List<String>> args = new EnumMap<>(Role.class);
      c.roles().forEach((role, ids) -> {
        List<String> locals = ids.stream().map(localOf::get).filter(x -> x != null).toList();
        if (!locals.isEmpty()) {
          args.put(role, locals);
        }
      });
      int start = text.length();
      text.append(c.type()).append(" (").append(c.modality()).append(')');
      args.forEach((role, locals) -> {
        text.append("; ").append(role.key()).append(": ");
        text.append(String.join(", ", locals.stream().map(l -> out.get(Integer.parseInt(l.substring(1)) - 1).name())
            .toList()));
      });
      Optional<Mention> attribution = c.attribution().map(a -> labelled("according to", a));
      Optional<TimeValue> time = c.timeText().or(() -> c.earliest().map(d -> d + c.latest().filter(l -> !l.equals(d))
          .map(l -> " to " + l).orElse(""))).map(t -> new TimeValue(labelled("when", t), c.earliest(), c.latest()));
      text.append(". \"").append(flat(c.quote())).append('"');
      Mention evidence = new Mention(start, text.length(), text.substring(start));
      text.append('\n');
      String local = "r" + (relations.size() + 1);
      relations.add(new Relation(local, c.type(), args, c.modality(), attribution, time, evidence, 1.0));
      claims.put(local, c);
    }
    String body = text.toString();
    String sha = Sha256.hex(original);
    Language lang = switch (r.language()) {
      case "ar" -> Language.AR;
      case "fr" -> Language.FR;
      case "en" -> Language.EN;
      default -> Language.UNKNOWN;
    };
    Extraction x = new Extraction(body, new DocumentInfo(sha, lang, r.published(), body.codePointCount(0,
        body.length())), out, relations);
    SourceReport report = new SourceReport(input + "#" + r.stixId(), original, sha, body, Optional.of(r.name()),
        Optional.empty(), r.published().map(Object::toString), Optional.of(r.creator()),
        StandardCharsets.UTF_8.name(), SourceFormat.STIX);
    return new Written(report, x, claims, byLocal);
  }

  private Mention labelled(String label, String value) {
    text.append(". ").append(label).append(' ');
    int start = text.length();
    text.append(flat(value));
    return new Mention(start, text.length(), flat(value));
  }

  private void line(String s) {
    text.append(s).append('\n');
  }

  /** One line, of a length a claim's evidence can hold. */
  private static String flat(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() > 2000 ? one.substring(0, 2000) : one;
  }
}
