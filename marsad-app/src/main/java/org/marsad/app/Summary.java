package org.marsad.app;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.marsad.extract.Entity;
import org.marsad.extract.EntityType;
import org.marsad.extract.Extraction;
import org.marsad.extract.Modality;
import org.marsad.extract.Relation;


/** A readable, bilingual (Arabic and English) summary of one extraction, for a terminal. */
final class Summary {
  private static final Map<EntityType, String> TYPE_AR = new EnumMap<>(Map.of(
      EntityType.ARMED_GROUP, "جماعات مسلحة", EntityType.PERSON, "أشخاص", EntityType.STATE_ACTOR, "جهات رسمية",
      EntityType.ORGANIZATION, "منظمات", EntityType.LOCATION, "أماكن"));
  private static final Map<Modality, String> MODALITY_AR = new EnumMap<>(Map.of(
      Modality.ASSERTED, "مؤكد", Modality.REPORTED, "منقول عن مصدر", Modality.LIKELY, "مرجح",
      Modality.POSSIBLE, "محتمل", Modality.RUMOURED, "إشاعة", Modality.DENIED, "منفي"));

  private Summary() {
  }

  static String render(String source, Extraction x) {
    StringBuilder sb = new StringBuilder();
    sb.append("== ").append(source).append(" (").append(x.document().language().code())
        .append(x.document().published().map(d -> ", published " + d).orElse("")).append(") ==\n");
    for (EntityType t : EntityType.values()) {
      List<Entity> es = x.entities().stream().filter(e -> e.type() == t).toList();
      if (es.isEmpty()) {
        continue;
      }
      sb.append(TYPE_AR.get(t)).append(" / ").append(t.name()).append(" (").append(es.size()).append(")\n");
      for (Entity e : es) {
        sb.append("  ").append(e.name()).append(" — ").append(e.nameEn());
        if (!e.aliases().isEmpty()) {
          sb.append("  [").append(String.join("، ", e.aliases())).append("]");
        }
        sb.append("  ×").append(e.mentions().size()).append('\n');
      }
    }
    if (!x.relations().isEmpty()) {
      sb.append("علاقات وأحداث / Relations and events (").append(x.relations().size()).append(")\n");
    }
    for (Relation r : x.relations()) {
      sb.append("  ").append(r.type().name()).append(' ');
      sb.append(r.args().entrySet().stream()
          .map(en -> en.getKey().key() + "=" + names(x, en.getValue()))
          .collect(Collectors.joining(" ")));
      sb.append("  [").append(r.modality().name()).append(" / ").append(MODALITY_AR.get(r.modality())).append(']');
      r.attribution().ifPresent(a -> sb.append(" source: ").append(a.text()));
      r.time().ifPresent(t -> sb.append(" time: ").append(t.mention().text())
          .append(t.earliest().map(d -> " (" + d + (t.latest().filter(l -> !l.equals(d)).map(l -> ".." + l)
              .orElse("")) + ")").orElse("")));
      sb.append("\n      «").append(r.evidence().text().replace('\n', ' ')).append("»\n");
    }
    return sb.toString();
  }

  private static String names(Extraction x, List<String> ids) {
    return ids.stream().map(id -> x.entity(id).map(e -> e.nameEn()).orElse(id))
        .collect(Collectors.joining("+"));
  }

}
