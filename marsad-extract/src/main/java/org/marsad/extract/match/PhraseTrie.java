package org.marsad.extract.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.text.CliticSplit;
import org.marsad.text.Token;
import org.marsad.text.WordTable;

/**
 * Phrases (sequences of folded tokens) mapped to values, matched longest-first over a token stream. The first
 * token of a match may carry proclitics ("بداعش", "وللأمن"); the others must match as written.
 * Build once, then read from any number of threads.
 */
public final class PhraseTrie<T> {
  private final Node<T> root = new Node<>();
  private final WordTable table;
  /** The word id of the ASCII quote, which may sit inside a name without breaking it. */
  private final int quote;
  /**
   * The ids of words that occur after the first word of some phrase. Most walks end at the second token; this
   * bit set is small enough to stay in cache, so they end without touching a node.
   */
  private long[] inner = new long[0];
  private int size;

  /**
   * A trie node. {@code next} serves building and the first level; walks past the first word follow
   * {@code ids}/{@code kids}, an open-addressed map from word id (+1, so that 0 marks an empty slot) to child:
   * a report's tokens carry their word ids, and comparing ints spares a string hash and a pointer chase per
   * token. Words the table does not keep have no id and are found in {@code next} only.
   */
  private static final class Node<T> {
    private final Map<String, Node<T>> next = new HashMap<>(4);
    private int[] ids = new int[2];
    private Node<T>[] kids = newKids(2);
    private int idCount;
    private List<T> values = List.of();

    @SuppressWarnings("unchecked")
    private static <T> Node<T>[] newKids(int n) {
      return (Node<T>[]) new Node<?>[n];
    }

    Node<T> child(int id) {
      int[] keys = ids;
      int mask = keys.length - 1;
      int key = id + 1;
      for (int s = slot(id, mask); ; s = (s + 1) & mask) {
        int k = keys[s];
        if (k == key) {
          return kids[s];
        }
        if (k == 0) {
          return null;
        }
      }
    }

    void putChild(int id, Node<T> kid) {
      if ((idCount + 1) * 2 > ids.length) {
        int[] oldIds = ids;
        Node<T>[] oldKids = kids;
        ids = new int[oldIds.length * 2];
        kids = newKids(oldIds.length * 2);
        for (int s = 0; s < oldIds.length; s++) {
          if (oldIds[s] != 0) {
            place(oldIds[s] - 1, oldKids[s]);
          }
        }
      }
      place(id, kid);
      idCount++;
    }

    private void place(int id, Node<T> kid) {
      int mask = ids.length - 1;
      int s = slot(id, mask);
      while (ids[s] != 0) {
        s = (s + 1) & mask;
      }
      ids[s] = id + 1;
      kids[s] = kid;
    }

    private static int slot(int id, int mask) {
      return (id * 0x9E3779B9 >>> 16) & mask;
    }
  }

  /** A match: tokens {@code [first, end)}, with {@code offsetInFirst} chars of clitics skipped in the first. */
  public record Match<T>(int first, int end, int offsetInFirst, List<T> values) {
  }

  /** A trie whose phrase words are numbered by {@code table}, the table that also numbers report tokens. */
  public PhraseTrie(WordTable table) {
    this.table = table;
    this.quote = table.intern("\"").id();
  }

  public void add(List<String> tokens, T value) {
    if (tokens.isEmpty()) {
      return;
    }
    Node<T> n = root;
    for (String t : tokens) {
      Node<T> next = n.next.get(t);
      int id = table.intern(t).id();
      if (next == null) {
        next = new Node<>();
        n.next.put(t, next);
        if (id != WordTable.UNSHARED) {
          n.putChild(id, next);
        }
      }
      if (n != root && id != WordTable.UNSHARED) {
        markInner(id);
      }
      n = next;
    }
    if (!n.values.contains(value)) {
      List<T> vs = new ArrayList<>(n.values);
      vs.add(value);
      n.values = List.copyOf(vs);
      size++;
    }
  }

  private void markInner(int id) {
    if (id >> 6 >= inner.length) {
      inner = java.util.Arrays.copyOf(inner, Math.max((id >> 6) + 1, inner.length * 2));
    }
    inner[id >> 6] |= 1L << id;
  }

  private boolean isInner(int id) {
    return id >> 6 < inner.length && (inner[id >> 6] & (1L << id)) != 0;
  }

  /** The words that can open a phrase. */
  public java.util.Set<String> firstWords() {
    return java.util.Collections.unmodifiableSet(root.next.keySet());
  }

  public int size() {
    return size;
  }

  /**
   * Where phrases open for a word: for each of its readings (or the word itself when {@code splits} is null),
   * the trie node its stem leads to, or null. Opaque to callers, who keep it with the word so that the
   * largest map of the trie, its first level, is searched once per distinct word rather than per token.
   */
  public Object[] starts(String word, List<CliticSplit> splits) {
    if (splits == null) {
      Node<T> n = root.next.get(word);
      return n == null ? null : new Object[] {n};
    }
    Object[] out = null;
    for (int k = 0; k < splits.size(); k++) {
      Node<T> n = root.next.get(splits.get(k).stem());
      if (n != null) {
        if (out == null) {
          out = new Object[splits.size()];
        }
        out[k] = n;
      }
    }
    return out;
  }

  /**
   * The longest phrase at token {@code i}, from the entry points {@link #starts} gave for its word.
   * {@code ids} are the tokens' word ids in this trie's table ({@link WordTable#id}).
   */
  @SuppressWarnings("unchecked")
  public Match<T> longestFrom(List<Token> tokens, int[] ids, int i, Object[] starts, List<CliticSplit> splits) {
    if (starts == null) {
      return null;
    }
    Match<T> best = null;
    if (splits != null) {
      for (int k = 0; k < splits.size(); k++) {
        if (starts[k] == null) {
          continue;
        }
        Match<T> m = walk(tokens, ids, i, (Node<T>) starts[k], splits.get(k).stemOffset());
        if (m == null) {
          continue;
        }
        if (best == null || m.end() > best.end()) {
          best = m;
        } else if (m.end() == best.end()) {
          // "للالتحاق" is both a cue of its own and "ل" + "الالتحاق": keep what both readings say.
          List<T> merged = new ArrayList<>(best.values());
          m.values().stream().filter(v -> !merged.contains(v)).forEach(merged::add);
          best = new Match<>(best.first(), best.end(), best.offsetInFirst(), List.copyOf(merged));
        }
      }
    } else {
      best = walk(tokens, ids, i, (Node<T>) starts[0], 0);
    }
    return best;
  }

  private Match<T> walk(List<Token> tokens, int[] ids, int i, Node<T> start, int offset) {
    Node<T> n = start;
    Match<T> best = n.values.isEmpty() ? null : new Match<>(i, i + 1, offset, n.values);
    int end = ids.length;
    for (int k = i + 1; k < end; k++) {
      int id = ids[k];
      if (id == quote && k + 1 < end && (!isInner(quote) || n.child(quote) == null)) {
        continue; // "قوة «برخان»": quotes inside a name do not break it
      }
      if (id == WordTable.UNSHARED) {
        n = n.next.get(tokens.get(k).text());
      } else {
        n = isInner(id) ? n.child(id) : null;
      }
      if (n == null) {
        break;
      }
      if (!n.values.isEmpty()) {
        best = new Match<>(i, k + 1, offset, n.values);
      }
    }
    return best;
  }

  /** Whether a single folded word is the start of, or inside, any phrase; used to build a vocabulary. */
  public void collectWords(java.util.Set<String> into) {
    collect(root, into);
  }

  private static <T> void collect(Node<T> n, java.util.Set<String> into) {
    for (Map.Entry<String, Node<T>> e : n.next.entrySet()) {
      into.add(e.getKey());
      collect(e.getValue(), into);
    }
  }
}
