package org.marsad.app.kb;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.marsad.extract.Modality;
import org.marsad.extract.Role;
import org.marsad.kb.query.Fact;

/**
 * Facts as an analyst reads them: who did what to whom, when, how firmly, and each report behind it, with the
 * exact characters it says it in.
 */
final class FactText {
  private final Names names;

  FactText(Names names) {
    this.names = names;
  }

  /** A list of facts, readable or as JSON, with a count line that says what was asked. */
  static void printAll(PrintWriter out, List<Fact> facts, Names names, boolean json, String heading) {
    if (json) {
      out.println(KbJson.write(new org.marsad.kb.export.AnswerJson(names::entity, id -> Optional.empty())
          .facts(facts)));
      return;
    }
    out.println(heading + ": " + facts.size() + (facts.size() == 1 ? " fact" : " facts"));
    FactText text = new FactText(names);
    facts.forEach(f -> text.print(out, f));
  }

  void print(PrintWriter out, Fact f) {
    StringBuilder sb = new StringBuilder();
    sb.append(f.when().map(Object::toString).orElse("(undated)  ")).append("  ").append(f.type().name())
        .append("  ").append(arguments(f)).append("  [").append(status(f)).append("; ")
        .append(f.confidence().derivation()).append(']');
    out.println(sb);
    for (Fact.Evidence e : f.evidence()) {
      out.println("      report " + e.claim().reportId() + " (" + e.source() + " " + e.grade()
          + e.published().map(p -> ", published " + p).orElse("") + ") " + e.claim().modality()
          + e.claim().attribution().map(a -> " per «" + a + "»").orElse("")
          + e.claim().timeText().map(t -> " time «" + t + "»").orElse("")
          + " chars " + e.claim().start() + "-" + e.claim().end() + ": «" + oneLine(e.claim().evidence()) + "»");
    }
    int more = f.evidenceTotal() - f.evidence().size();
    if (more > 0) {
      // an entity page shows each affiliation's best few reports; `relations --entity` lists them all
      out.println("      … and " + more + " more report" + (more == 1 ? "" : "s") + " (best graded and newest "
          + "shown; 'marsad relations --type " + f.type().name() + " --entity NAME' lists every one)");
    }
  }

  static String status(Fact f) {
    Modality m = f.modality();
    String s = switch (m) {
      case ASSERTED -> "asserted";
      case REPORTED -> "reported";
      case LIKELY -> "likely";
      case POSSIBLE -> "possible (a prospect, not an event)";
      case RUMOURED -> "rumoured";
      case DENIED -> "denied";
    };
    return f.contradicted() ? s + ", contradicted" : s;
  }

  String arguments(Fact f) {
    StringBuilder sb = new StringBuilder();
    for (Role r : Role.values()) {
      List<Long> ids = f.arg(r);
      if (!ids.isEmpty()) {
        if (sb.length() > 0) {
          sb.append("; ");
        }
        sb.append(r.key()).append(": ").append(ids.stream().map(names::label).collect(Collectors.joining(", ")));
      }
    }
    return sb.toString();
  }

  static String oneLine(String s) {
    String t = s.replaceAll("\\s+", " ").trim();
    return t.length() > 240 ? t.substring(0, 240) + "…" : t;
  }
}
