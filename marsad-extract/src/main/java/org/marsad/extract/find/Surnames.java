package org.marsad.extract.find;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.extract.EntityType;
import org.marsad.text.TokenType;

/**
 * Later mentions of a person by the last word of the name the report gave in full: "عدنان أبو الوليد الصحراوي"
 * then "الصحراوي", "Abdelmalek Droukdel" then "Droukdel". News names a person in full once and by surname after;
 * without this, every later sentence about them loses its subject.
 *
 * <p>A surname two people of the report share, a given name ("أبو محمد") or a short word links nobody, and a
 * nisba that is also a nationality ("الصحراوي", "الموريتاني") links only where no noun before it could be what
 * it describes.
 */
final class Surnames {
  private static final int MIN_LETTERS = 4;
  private static final String AMBIGUOUS = "";

  private Surnames() {
  }

  /** The candidates with the later surname mentions added, in token order. */
  static List<Candidate> withLaterMentions(Analysis a, List<Candidate> found) {
    Map<String, Candidate> bySurname = surnames(a, found);
    if (bySurname.isEmpty()) {
      return found;
    }
    boolean[] covered = new boolean[a.size()];
    for (Candidate c : found) {
      for (int k = c.first(); k < c.end(); k++) {
        covered[k] = true;
      }
    }
    List<Candidate> out = new ArrayList<>(found);
    for (int k = 0; k < a.size(); k++) {
      if (covered[k] || !a.token(k).isWord()) {
        continue;
      }
      String w = a.folded(k);
      Candidate person = bySurname.get(w);
      int offset = 0;
      if (person == null && w.length() > MIN_LETTERS && isProclitic(w.charAt(0))) {
        // "وبلمختار": a report names few people, so compare with each surname rather than cut every such word
        for (Map.Entry<String, Candidate> e : bySurname.entrySet()) {
          if (w.length() == e.getKey().length() + 1 && w.endsWith(e.getKey())) {
            person = e.getValue();
            offset = 1;
            break;
          }
        }
      }
      if (person == null || person.nameAr().equals(AMBIGUOUS)) {
        continue;
      }
      if (a.look().adjective(k) != null && (k == 0 || modifies(a, k - 1, covered))) {
        continue; // "الجيش الموريتاني": a nisba after a noun describes the noun
      }
      out.add(new Candidate(k, k + 1, offset, EntityType.PERSON, person.key(), person.kind(), person.nameAr(),
          person.nameEn(), person.lexiconId(), person.geo(), Optional.empty()));
    }
    out.sort(Comparator.comparingInt(Candidate::first));
    return out;
  }

  private static Map<String, Candidate> surnames(Analysis a, List<Candidate> found) {
    Map<String, Candidate> out = new HashMap<>();
    for (Candidate c : found) {
      boolean named = c.kind() == Candidate.Kind.NAME || c.kind() == Candidate.Kind.LEXICON;
      if (c.type() != EntityType.PERSON || !named || c.end() - c.first() < 2) {
        continue;
      }
      int last = c.end() - 1;
      String w = a.folded(last);
      if (!mayStandAlone(a, last, w)) {
        continue;
      }
      Candidate before = out.putIfAbsent(w, c);
      if (before != null && !before.key().equals(c.key())) {
        out.put(w, ambiguous(c)); // two people of the report share it: it names neither
      }
    }
    return out;
  }

  private static boolean mayStandAlone(Analysis a, int k, String w) {
    if (w.length() < MIN_LETTERS) {
      return false;
    }
    if (a.token(k).type() == TokenType.LATIN
        && !Character.isUpperCase(a.originalText(a.aligned().toOriginal(a.token(k).span())).charAt(0))) {
      return false; // "al-Sahraoui" ends in a capitalised word; "the group's leader" does not
    }
    return !FunctionWords.at(a, k) && a.look().givenName(k) == null && a.look().cue(k) == null
        && a.look().title(k) == null;
  }

  /** Whether the word before a nisba is one it could describe: a name, a title or a definite noun. */
  private static boolean modifies(Analysis a, int before, boolean[] covered) {
    String w = a.folded(before);
    return covered[before] || a.look().title(before) != null
        || (a.token(before).type() == TokenType.ARABIC && w.startsWith("\u0627\u0644"));
  }

  private static boolean isProclitic(char c) {
    return c == '\u0648' || c == '\u0641' || c == '\u0628' || c == '\u0644';
  }

  private static Candidate ambiguous(Candidate c) {
    return new Candidate(c.first(), c.end(), 0, c.type(), c.key(), c.kind(), AMBIGUOUS, c.nameEn(), c.lexiconId(),
        c.geo(), Optional.empty());
  }
}
