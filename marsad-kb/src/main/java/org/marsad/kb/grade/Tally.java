package org.marsad.kb.grade;

import java.util.Map;
import java.util.TreeMap;
import org.marsad.extract.Modality;
import org.marsad.kb.KbException;

/**
 * How many pieces of evidence a fact has of each grade and modality: all that its {@link Confidence} depends on.
 * A tally can be kept in the store and added to one report at a time, and two tallies of one fact add up, so a
 * fact's confidence can be known without reading its evidence. Immutable.
 */
public final class Tally {
  private static final Tally EMPTY = new Tally(new TreeMap<>());
  private final TreeMap<Entry, Integer> counts;

  /** One kind of evidence; ordered best grade first, then firmest modality. */
  record Entry(Grade grade, Modality modality) implements Comparable<Entry> {
    @Override
    public int compareTo(Entry o) {
      int g = grade.compareTo(o.grade);
      return g != 0 ? g : modality.compareTo(o.modality);
    }
  }

  private Tally(TreeMap<Entry, Integer> counts) {
    this.counts = counts;
  }

  public static Tally empty() {
    return EMPTY;
  }

  public Tally plus(Grade grade, Modality modality) {
    TreeMap<Entry, Integer> next = new TreeMap<>(counts);
    next.merge(new Entry(grade, modality), 1, Integer::sum);
    return new Tally(next);
  }

  public Tally plus(Tally other) {
    TreeMap<Entry, Integer> next = new TreeMap<>(counts);
    other.counts.forEach((k, n) -> next.merge(k, n, Integer::sum));
    return new Tally(next);
  }

  public int size() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  public boolean isEmpty() {
    return counts.isEmpty();
  }

  Map<Entry, Integer> counts() {
    return java.util.Collections.unmodifiableMap(counts);
  }

  public Confidence confidence() {
    return Confidence.of(this);
  }

  /** "B2 ASSERTED 3,F6 REPORTED 1": the form kept in the store. */
  public String encode() {
    StringBuilder sb = new StringBuilder();
    counts.forEach((k, n) -> {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(k.grade()).append(' ').append(k.modality().name()).append(' ').append(n);
    });
    return sb.toString();
  }

  public static Tally parse(String encoded) {
    TreeMap<Entry, Integer> counts = new TreeMap<>();
    if (encoded.isEmpty()) {
      return EMPTY;
    }
    for (String part : encoded.split(",")) {
      String[] f = part.split(" ");
      try {
        if (f.length != 3) {
          throw new IllegalArgumentException("three fields expected");
        }
        int n = Integer.parseInt(f[2]);
        if (n < 1) {
          throw new IllegalArgumentException("a count is at least 1");
        }
        counts.merge(new Entry(Grade.parse(f[0]), Modality.valueOf(f[1])), n, Integer::sum);
      } catch (IllegalArgumentException | KbException e) {
        throw new KbException("a stored evidence tally is damaged at '" + part + "' of '" + encoded + "': "
            + e.getMessage(), e);
      }
    }
    return new Tally(counts);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tally t && t.counts.equals(counts);
  }

  @Override
  public int hashCode() {
    return counts.hashCode();
  }

  @Override
  public String toString() {
    return encode();
  }
}
