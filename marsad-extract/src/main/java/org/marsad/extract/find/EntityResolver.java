package org.marsad.extract.find;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.extract.Entity;
import org.marsad.extract.EntityType;
import org.marsad.extract.Mention;
import org.marsad.extract.lexicon.Lexicon;
import org.marsad.text.Language;
import org.marsad.text.Span;

/**
 * Merges the mentions of one report into entities. Equal keys merge; an unknown name merges with a longer
 * name that extends it ("صفي الدين" into "صفي الدين الموريتاني"); two person names in a row with nothing
 * between them are one person ("جمال عكاشة يحيى أبو الهمام"); a state actor without nationality joins the
 * nearest earlier one of its category that has one. A shared kunya alone never merges two different names.
 */
public final class EntityResolver {
  private final Lexicon lexicon;

  public EntityResolver(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Resolved entities and, for each candidate, the id of its entity. */
  public record Resolution(List<Entity> entities, String[] entityOfCandidate) {
  }

  public Resolution resolve(Analysis a, List<Candidate> cands) {
    int n = cands.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Map<String, Integer> firstByKey = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Integer f = firstByKey.putIfAbsent(cands.get(i).key(), i);
      if (f != null) {
        union(parent, f, i);
      }
    }
    List<Integer> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      // equal keys are already one entity: compare each distinct name once
      if (cands.get(i).kind() == Candidate.Kind.NAME && firstByKey.get(cands.get(i).key()) == i) {
        names.add(i);
      }
    }
    for (int i : names) {
      for (int j : names) {
        if (i != j && extendsName(cands.get(j).key(), cands.get(i).key())) {
          union(parent, j, i);
        }
      }
    }
    Map<String, Integer> lastQualified = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      Candidate c = cands.get(i);
      if (i + 1 < n && c.type() == EntityType.PERSON && cands.get(i + 1).type() == EntityType.PERSON
          && c.kind() != Candidate.Kind.UNNAMED && cands.get(i + 1).kind() != Candidate.Kind.UNNAMED
          && c.end() == cands.get(i + 1).first()
          && a.token(c.end() - 1).end() < a.token(c.end()).start()
          && !a.token(c.end()).text().startsWith("\u0648")) {
        union(parent, i, i + 1);
      }
      if (c.type() == EntityType.PERSON && c.kind() != Candidate.Kind.UNNAMED) {
        int alias = aliasAfter(a, cands, i);
        if (alias >= 0) {
          union(parent, i, alias); // "عبد الرحمن بوزيد، المكنى أبو عبيدة": one person, two names
        }
      }
      String key = c.key();
      if (key.startsWith("state/?/")) {
        Integer qualified = lastQualified.get(key.substring("state/?/".length()));
        if (qualified != null) {
          union(parent, qualified, i);
        }
      } else if (key.startsWith("state/") && c.offsetInFirst() == 0) {
        lastQualified.put(key.substring(key.lastIndexOf('/') + 1), i);
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    List<Entity> entities = new ArrayList<>();
    String[] entityOf = new String[n];
    for (List<Integer> members : groups.values()) {
      String id = "e" + (entities.size() + 1);
      entities.add(entity(a, id, members, cands));
      members.forEach(m -> entityOf[m] = id);
    }
    return new Resolution(entities, entityOf);
  }

  private static final java.util.Set<String> ALIAS_MARKERS = java.util.Set.of("المكني", "الملقب", "المعروف",
      "واسمه", "المدعو", "المكنى", "alias", "dit", "surnomme", "aka");

  /** The candidate that a "، المكنى / واسمه / alias" phrase right after candidate i names, or -1. */
  private static int aliasAfter(Analysis a, List<Candidate> cands, int i) {
    Candidate c = cands.get(i);
    int k = c.end();
    if (k < a.size() && a.folded(k).equals(",")) {
      k++;
    }
    if (k >= a.size() || !ALIAS_MARKERS.contains(a.folded(k))) {
      return -1;
    }
    for (int j = i + 1; j < cands.size() && cands.get(j).first() <= k + 4; j++) {
      Candidate d = cands.get(j);
      if (d.first() > k && d.type() == EntityType.PERSON && d.kind() != Candidate.Kind.UNNAMED) {
        return j;
      }
    }
    return -1;
  }

  private static final int NAME_PREFIX = "name:".length();

  /**
   * Whether the name of key {@code longer} is that of {@code shorter}, of two words or more, with words added
   * before or after. Compared in place: every pair of names of a report is asked.
   */
  private static boolean extendsName(String longer, String shorter) {
    int ls = longer.length() - NAME_PREFIX;
    int ss = shorter.length() - NAME_PREFIX;
    if (ls <= ss || ss < 0) {
      return false;
    }
    int space = shorter.indexOf(' ', NAME_PREFIX);
    if (space <= NAME_PREFIX) {
      return false;
    }
    boolean before = longer.regionMatches(NAME_PREFIX, shorter, NAME_PREFIX, ss)
        && longer.charAt(NAME_PREFIX + ss) == ' ';
    int tail = longer.length() - ss;
    return before || (longer.regionMatches(tail, shorter, NAME_PREFIX, ss) && longer.charAt(tail - 1) == ' ');
  }

  private Entity entity(Analysis a, String id, List<Integer> members, List<Candidate> cands) {
    Candidate best = cands.get(members.get(0));
    for (int m : members) {
      Candidate c = cands.get(m);
      if (rank(c) < rank(best) || (rank(c) == rank(best) && c.end() - c.first() > best.end() - best.first())) {
        best = c;
      }
    }
    Set<Mention> mentions = new LinkedHashSet<>();
    for (int m : members) {
      Candidate c = cands.get(m);
      Span s = a.originalSpan(c.first(), c.end(), c.offsetInFirst());
      mentions.add(Mention.of(a.aligned().original(), s.start(), s.end()));
    }
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(null);
    String name = displayName(a.language(), best);
    Set<String> aliases = new LinkedHashSet<>();
    Set<Mention> anaphors = new java.util.HashSet<>();
    for (int m : members) {
      Candidate c = cands.get(m);
      if (c.kind() == Candidate.Kind.ANAPHOR) {
        Span s = a.originalSpan(c.first(), c.end(), c.offsetInFirst());
        anaphors.add(Mention.of(a.aligned().original(), s.start(), s.end()));
      }
    }
    for (Mention m : sorted) {
      if (!m.text().equals(name) && !anaphors.contains(m)) {
        aliases.add(m.text()); // "الجماعة" is a mention, not a name of the group
      }
    }
    EntityType type = best.type();
    return new Entity(id, type, name, best.nameEn(), List.copyOf(aliases), best.lexiconId(), sorted, best.geo());
  }

  private static int rank(Candidate c) {
    switch (c.kind()) {
      case LEXICON: return 0;
      case STATE: return c.key().startsWith("state/?/") ? 3 : 1;
      case NAME: return 2;
      case ANAPHOR: return 5;
      default: return 4;
    }
  }

  private String displayName(Language lang, Candidate c) {
    if (c.lexiconId().isPresent() && lang != Language.AR && lang != Language.UNKNOWN) {
      String id = c.lexiconId().get();
      String bare = id.substring(id.indexOf('/') + 1);
      if (lang == Language.FR) {
        Optional<String> fr = id.startsWith("group/") ? lexicon.group(bare).map(g -> g.nameFr())
            : id.startsWith("person/") ? lexicon.person(bare).map(p -> p.nameFr())
            : lexicon.place(bare).map(p -> p.nameFr());
        if (fr.isPresent() && !fr.get().isEmpty()) {
          return fr.get();
        }
      }
      return c.nameEn();
    }
    return c.nameAr();
  }

  private static int find(int[] p, int i) {
    while (p[i] != i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }

  private static void union(int[] p, int a, int b) {
    int ra = find(p, a);
    int rb = find(p, b);
    if (ra != rb) {
      p[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
