package org.marsad.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Extracts a very large text (an archive pasted into one file) piece by piece, cut at paragraph breaks, and joins
 * the pieces into one extraction. Relations never cross a paragraph, so nothing is lost there; entities join by
 * lexicon id, or by type and name when no lexicon knows them. Working per piece keeps the cost linear in the size
 * of the input.
 */
final class LargeTextMerger {
  static final int PIECE_CHARS = 200_000;

  private LargeTextMerger() {
  }

  /** Piece boundaries: each piece ends at a blank line (or a line break, or a space) near {@link #PIECE_CHARS}. */
  static List<int[]> pieces(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = Math.min(text.length(), start + PIECE_CHARS);
      if (end < text.length()) {
        int cut = text.lastIndexOf("\n\n", end);
        if (cut <= start) {
          cut = text.lastIndexOf('\n', end);
        }
        if (cut <= start) {
          cut = text.lastIndexOf(' ', end);
        }
        if (cut > start) {
          end = cut + 1;
        }
        if (Character.isLowSurrogate(text.charAt(end)) && end > start + 1) {
          end--; // never split a surrogate pair
        }
      }
      out.add(new int[] {start, end});
      start = end;
    }
    return out;
  }

  static Extraction merge(String text, DocumentInfo info, List<int[]> pieces, List<Extraction> parts) {
    Map<String, EntityBuilder> byKey = new LinkedHashMap<>();
    List<Relation> relations = new ArrayList<>();
    for (int p = 0; p < parts.size(); p++) {
      int offset = pieces.get(p)[0];
      Extraction part = parts.get(p);
      Map<String, String> localToKey = new LinkedHashMap<>();
      for (Entity e : part.entities()) {
        String key = e.lexiconId().orElse(e.type() + "|" + e.name());
        localToKey.put(e.id(), key);
        byKey.computeIfAbsent(key, k -> new EntityBuilder(e)).add(e, offset);
      }
      for (Relation r : part.relations()) {
        Map<Role, List<String>> args = new LinkedHashMap<>();
        r.args().forEach((role, ids) -> args.put(role, ids.stream().map(localToKey::get).toList()));
        relations.add(new Relation(r.id(), r.type(), args, r.modality(),
            r.attribution().map(m -> shift(m, offset)),
            r.time().map(t -> new TimeValue(shift(t.mention(), offset), t.earliest(), t.latest())),
            shift(r.evidence(), offset), r.confidence()));
      }
    }
    Map<String, String> keyToId = new LinkedHashMap<>();
    List<Entity> entities = new ArrayList<>();
    for (Map.Entry<String, EntityBuilder> en : byKey.entrySet()) {
      String id = "e" + (entities.size() + 1);
      keyToId.put(en.getKey(), id);
      entities.add(en.getValue().build(id));
    }
    List<Relation> renumbered = new ArrayList<>();
    for (Relation r : relations) {
      Map<Role, List<String>> args = new LinkedHashMap<>();
      r.args().forEach((role, keys) -> args.put(role, keys.stream().map(keyToId::get).distinct().toList()));
      renumbered.add(new Relation("r" + (renumbered.size() + 1), r.type(), args, r.modality(), r.attribution(),
          r.time(), r.evidence(), r.confidence()));
    }
    return new Extraction(text, info, entities, renumbered);
  }

  private static Mention shift(Mention m, int offset) {
    return new Mention(m.start() + offset, m.end() + offset, m.text());
  }

  /** Gathers one entity's mentions and aliases from every piece. */
  private static final class EntityBuilder {
    private final Entity first;
    private final List<Mention> mentions = new ArrayList<>();
    private final Set<String> aliases = new LinkedHashSet<>();

    EntityBuilder(Entity first) {
      this.first = first;
    }

    void add(Entity e, int offset) {
      e.mentions().forEach(m -> mentions.add(shift(m, offset)));
      aliases.addAll(e.aliases());
    }

    Entity build(String id) {
      aliases.remove(first.name());
      Optional<GeoPoint> geo = first.geo();
      return new Entity(id, first.type(), first.name(), first.nameEn(), List.copyOf(aliases), first.lexiconId(),
          mentions, geo);
    }
  }
}
