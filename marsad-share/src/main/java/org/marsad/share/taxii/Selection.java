package org.marsad.share.taxii;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a {@link Query} to the rows a caller may see, in the order they were added: the match filters, the
 * version choice (first, last, all or given timestamps, among the versions the caller may see), then added_after,
 * next and limit. "Last" is decided over every visible version, so an object appears once, with its newest.
 */
public final class Selection {
  private Selection() {
  }

  /** One page: the rows, whether more follow, and the token for them. */
  public record Page(List<StoredObject> rows, boolean more) {
    public Page {
      rows = List.copyOf(rows);
    }

    public String next() {
      return Query.token(rows.get(rows.size() - 1).added());
    }
  }

  public static Page select(List<StoredObject> visible, Query q) {
    List<StoredObject> matching = new ArrayList<>();
    for (StoredObject o : visible) {
      if ((q.ids().isEmpty() || q.ids().contains(o.id())) && (q.types().isEmpty()
          || q.types().contains(o.labels().stixType())) && (q.specVersions().isEmpty()
          || q.specVersions().contains(o.specVersion()))) {
        matching.add(o);
      }
    }
    Map<String, StoredObject> first = new HashMap<>();
    Map<String, StoredObject> last = new HashMap<>();
    for (StoredObject o : matching) {
      first.merge(o.id(), o, (a, b) -> a.version().compareTo(b.version()) <= 0 ? a : b);
      last.merge(o.id(), o, (a, b) -> a.version().compareTo(b.version()) >= 0 ? a : b);
    }
    List<StoredObject> chosen = new ArrayList<>();
    for (StoredObject o : matching) {
      boolean pick = false;
      for (String v : q.versions()) {
        pick |= v.equals("all") || v.equals("first") && first.get(o.id()) == o || v.equals("last")
            && last.get(o.id()) == o || !v.equals("first") && !v.equals("last") && !v.equals("all")
            && sameInstant(v, o.version());
      }
      long after = Math.max(q.addedAfter().orElse(Long.MIN_VALUE), q.next().orElse(Long.MIN_VALUE));
      if (pick && o.added() > after) {
        chosen.add(o);
      }
    }
    boolean more = chosen.size() > q.limit();
    return new Page(more ? chosen.subList(0, q.limit()) : chosen, more);
  }

  private static boolean sameInstant(String asked, String version) {
    try {
      return TaxiiTime.parse("match[version]", asked) == TaxiiTime.parse("version", version);
    } catch (TaxiiException e) {
      return false;
    }
  }
}
