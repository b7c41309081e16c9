package org.marsad.extract.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.text.CliticSplit;
import org.marsad.text.CliticSplitter;
import org.marsad.text.Token;
import org.marsad.text.TokenType;

/**
 * Phrases (sequences of folded tokens) mapped to values, matched longest-first over a token stream. The first
 * token of a match may carry proclitics ("بداعش", "وللأمن"); the others must match as written.
 * Build once, then read from any number of threads.
 */
public final class PhraseTrie<T> {
  private final Node<T> root = new Node<>();
  private int size;

  private static final class Node<T> {
    private final Map<String, Node<T>> next = new HashMap<>(4);
    private List<T> values = List.of();
  }

  /** A match: tokens {@code [first, end)}, with {@code offsetInFirst} chars of clitics skipped in the first. */
  public record Match<T>(int first, int end, int offsetInFirst, List<T> values) {
  }

  public void add(List<String> tokens, T value) {
    if (tokens.isEmpty()) {
      return;
    }
    Node<T> n = root;
    for (String t : tokens) {
      n = n.next.computeIfAbsent(t, k -> new Node<>());
    }
    if (!n.values.contains(value)) {
      List<T> vs = new ArrayList<>(n.values);
      vs.add(value);
      n.values = List.copyOf(vs);
      size++;
    }
  }

  /** The words that can open a phrase. */
  public java.util.Set<String> firstWords() {
    return java.util.Collections.unmodifiableSet(root.next.keySet());
  }

  public int size() {
    return size;
  }

  /** The longest phrase starting at token {@code i}, if any. */
  public Match<T> longestAt(List<Token> tokens, int i) {
    Token first = tokens.get(i);
    return longestAt(tokens, i, first.type() == TokenType.ARABIC ? CliticSplitter.candidates(first.text()) : null);
  }

  /** As {@link #longestAt(List, int)}, with the first token's clitic readings already computed (or null). */
  public Match<T> longestAt(List<Token> tokens, int i, List<CliticSplit> splits) {
    return longestFrom(tokens, i, starts(tokens.get(i).text(), splits), splits);
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

  /** The longest phrase at token {@code i}, from the entry points {@link #starts} gave for its word. */
  @SuppressWarnings("unchecked")
  public Match<T> longestFrom(List<Token> tokens, int i, Object[] starts, List<CliticSplit> splits) {
    if (starts == null) {
      return null;
    }
    Match<T> best = null;
    if (splits != null) {
      for (int k = 0; k < splits.size(); k++) {
        if (starts[k] == null) {
          continue;
        }
        Match<T> m = walk(tokens, i, (Node<T>) starts[k], splits.get(k).stemOffset());
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
      best = walk(tokens, i, (Node<T>) starts[0], 0);
    }
    return best;
  }

  private Match<T> walk(List<Token> tokens, int i, Node<T> start, int offset) {
    Node<T> n = start;
    Match<T> best = n.values.isEmpty() ? null : new Match<>(i, i + 1, offset, n.values);
    for (int k = i + 1; k < tokens.size(); k++) {
      if (tokens.get(k).text().equals("\"") && k + 1 < tokens.size() && !n.next.containsKey("\"")) {
        continue; // "قوة «برخان»": quotes inside a name do not break it
      }
      n = n.next.get(tokens.get(k).text());
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
