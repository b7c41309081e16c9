package org.marsad.extract.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.extract.Mention;
import org.marsad.extract.find.Analysis;
import org.marsad.extract.find.Candidate;
import org.marsad.extract.lexicon.Cue;
import org.marsad.extract.match.LexiconIndex;
import org.marsad.extract.match.PhraseTrie;
import org.marsad.text.Language;
import org.marsad.text.SentenceSplitter.Sentence;
import org.marsad.text.Span;

/**
 * One report prepared for relation finding: its tokens, entity mentions with their entity ids, cue hits and
 * clause boundaries. Clauses are sentences cut at commas and semicolons; hedges and attributions scope over
 * clauses.
 */
public final class Context {
  private final Analysis analysis;
  private final List<Candidate> candidates;
  private final String[] entityOf;
  private final List<CueHit> cues = new ArrayList<>();
  private final int[] clauseOfToken;
  /** Per clause: its first token and one past its last; the argument pickers ask for every trigger. */
  private final int[] clauseFirst;
  private final int[] clauseEnd;
  private final CueHit[] cueAtToken;
  private final boolean[] insideName;
  private final boolean[] timeToken;
  private final int[][] candidatesStartingAt;
  private static final int[] NONE = new int[0];
  private final String lang;
  private final LexiconIndex index;

  /** A cue phrase found at tokens {@code [first, end)}. */
  public record CueHit(int first, int end, int offsetInFirst, List<Cue> cues) {

    public boolean has(String kind) {
      for (Cue c : cues) {
        if (c.kind().equals(kind)) {
          return true;
        }
      }
      return false;
    }

    public String value(String kind) {
      for (Cue c : cues) {
        if (c.kind().equals(kind)) {
          return c.value();
        }
      }
      return "";
    }
  }

  Context(Analysis analysis, List<Candidate> candidates, String[] entityOf, LexiconIndex index) {
    this.analysis = analysis;
    this.candidates = candidates;
    this.entityOf = entityOf;
    this.index = index;
    this.lang = analysis.language() == Language.UNKNOWN ? "ar" : analysis.language().code();
    int i = 0;
    while (i < analysis.size()) {
      PhraseTrie.Match<Cue> m = analysis.look().cue(i);
      if (m != null) {
        List<Cue> mine = completeSplit(analysis, m, inLanguage(m.values(), lang));
        if (!mine.isEmpty()) {
          cues.add(new CueHit(m.first(), m.end(), m.offsetInFirst(), mine));
          i = m.end();
          continue;
        }
      }
      i++;
    }
    cueAtToken = new CueHit[analysis.size()];
    cues.forEach(h -> cueAtToken[h.first()] = h);
    insideName = new boolean[analysis.size() + 1];
    timeToken = new boolean[analysis.size()];
    // arrays, not lists of boxed indices: the argument pickers walk these for every trigger
    int[][] starting = new int[analysis.size()][];
    candidatesStartingAt = starting;
    for (int c = 0; c < candidates.size(); c++) {
      Candidate cand = candidates.get(c);
      int[] at = starting[cand.first()];
      if (at == null) {
        at = new int[] {c};
      } else {
        at = java.util.Arrays.copyOf(at, at.length + 1);
        at[at.length - 1] = c;
      }
      starting[cand.first()] = at;
      if (cand.kind() != Candidate.Kind.UNNAMED && cand.kind() != Candidate.Kind.STATE) {
        for (int k = cand.first(); k < cand.end(); k++) {
          insideName[k] = true;
        }
      }
    }
    clauseOfToken = new int[analysis.size()];
    int clause = 0;
    for (int k = 0; k < analysis.size(); k++) {
      if (k > 0 && (analysis.sentenceOfToken()[k] != analysis.sentenceOfToken()[k - 1]
          || isClauseBreak(analysis.folded(k - 1)))) {
        clause++;
      }
      clauseOfToken[k] = clause;
    }
    int clauses = analysis.size() == 0 ? 0 : clause + 1;
    clauseFirst = new int[clauses];
    clauseEnd = new int[clauses];
    for (int k = analysis.size() - 1; k >= 0; k--) {
      clauseFirst[clauseOfToken[k]] = k;
      if (clauseEnd[clauseOfToken[k]] == 0) {
        clauseEnd[clauseOfToken[k]] = k + 1;
      }
    }
  }

  /** Marks the tokens of the report's time expressions, which argument windows step over. */
  void markTimes(List<TimeFinder.Found> found) {
    for (TimeFinder.Found f : found) {
      for (int k = f.first(); k < f.end() && k < timeToken.length; k++) {
        timeToken[k] = true;
      }
    }
  }

  /** Whether a token belongs to a time expression ("أمس السبت", "في التاسع عشر من مايو"). */
  boolean isTime(int token) {
    return token >= 0 && token < timeToken.length && timeToken[token];
  }

  private static final int SPLIT_REACH = 4;

  /**
   * "فتح مسلحون النار على", "أطلق الجنود النار": a verb whose event needs a word that the subject may push a few
   * tokens away (a SPLIT_EVENT cue, value TYPE:word) is an EVENT trigger when the word follows in its sentence.
   */
  private static List<Cue> completeSplit(Analysis a, PhraseTrie.Match<Cue> m, List<Cue> cues) {
    boolean split = false;
    for (Cue c : cues) {
      split |= c.kind().equals("SPLIT_EVENT"); // a loop, not a stream: this runs for every cue of every report
    }
    if (!split) {
      return cues;
    }
    List<Cue> out = new ArrayList<>();
    for (Cue c : cues) {
      if (!c.kind().equals("SPLIT_EVENT")) {
        out.add(c);
        continue;
      }
      int colon = c.value().indexOf(':');
      String word = c.value().substring(colon + 1);
      for (int k = m.end(); k < Math.min(a.size(), m.end() + SPLIT_REACH); k++) {
        if (a.sentenceOfToken()[k] != a.sentenceOfToken()[m.first()]) {
          break;
        }
        if (a.folded(k).equals(word)) {
          out.add(new Cue(c.lang(), "EVENT", c.value().substring(0, colon), c.surface()));
          break;
        }
      }
    }
    return out;
  }

  /** The cues of one language; most cue phrases belong to one, so the list is usually returned as it is. */
  private static List<Cue> inLanguage(List<Cue> cues, String lang) {
    int mine = 0;
    for (Cue c : cues) {
      if (c.lang().equals(lang)) {
        mine++;
      }
    }
    if (mine == cues.size()) {
      return cues;
    }
    List<Cue> out = new ArrayList<>(mine);
    for (Cue c : cues) {
      if (c.lang().equals(lang)) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean isClauseBreak(String w) {
    return w.equals(",") || w.equals(";") || w.equals(":");
  }

  public Analysis analysis() {
    return analysis;
  }

  public String lang() {
    return lang;
  }

  public List<Candidate> candidates() {
    return candidates;
  }

  public String entityId(int candidate) {
    return entityOf[candidate];
  }

  public List<CueHit> cues() {
    return cues;
  }

  /** The clause of a token; a position just past the last token belongs to the last clause. */
  public int clause(int token) {
    return clauseOfToken[clamp(token)];
  }

  /** The first token of the clause of {@code token}. */
  public int clauseStart(int token) {
    return clauseFirst[clause(token)];
  }

  /** One past the last token of the clause of {@code token}. */
  public int clauseEnd(int token) {
    return clauseEnd[clause(token)];
  }

  public int sentence(int token) {
    return analysis.sentenceOfToken()[clamp(token)];
  }

  private int clamp(int token) {
    return Math.max(0, Math.min(token, analysis.size() - 1));
  }

  public Sentence sentenceAt(int token) {
    return analysis.sentences().get(sentence(token));
  }

  public int paragraph(int token) {
    return analysis.paragraphOfToken()[clamp(token)];
  }

  /** Whether a candidate lies inside an entity mention of another candidate (a cue inside a name). */
  public boolean insideEntity(int first, int end) {
    for (int k = first; k < end; k++) {
      if (!insideName[k]) {
        return false;
      }
    }
    return end > first;
  }

  /** The cue hit starting at a token, or null. */
  public CueHit cueAt(int token) {
    return token >= 0 && token < cueAtToken.length ? cueAtToken[token] : null;
  }

  /** Indices of the candidates whose first token is {@code token}. */
  public int[] candidatesStartingAt(int token) {
    int[] at = candidatesStartingAt[token];
    return at == null ? NONE : at;
  }

  public Mention mention(int first, int end, int offsetInFirst) {
    Span s = analysis.originalSpan(first, end, offsetInFirst);
    return Mention.of(analysis.aligned().original(), s.start(), s.end());
  }

  /** The kind of the place a candidate names ("TOWN", "BASE", ...), if it names a place. */
  public Optional<String> placeKind(Candidate c) {
    return c.placeKind(index);
  }

  /** Whether a place mention names a country, which may act as a state in cooperation and alliances. */
  public boolean isCountry(Candidate c) {
    return c.lexiconId().filter(id -> id.startsWith("place/"))
        .flatMap(id -> index.lexicon().place(id.substring("place/".length())))
        .map(p -> p.isCountry()).orElse(false);
  }

}
