package org.marsad.text;

import java.util.Arrays;

/**
 * One shared {@link Word} per distinct word. The tokenizer looks a token up by its chars, so a word seen
 * before costs no allocation, every later map lookup with its text finds the hash already computed and the
 * key by identity, and what the tokenizer decided about the word (where a glued word splits) is decided once.
 *
 * <p>Reads take no lock: entries are immutable apart from their memo, and the table is replaced, never resized
 * in place. Adding takes the table's lock. Past {@code limit} distinct words the table stops growing and new
 * words come back unshared; a flood of unique tokens (random input) cannot exhaust memory this way.
 */
public final class WordTable {
  private static final int INITIAL_SLOTS = 1 << 12;

  /** A distinct word: its shared text, and the tokenizer's memo of where it splits when glued. */
  public static final class Word {
    static final int UNKNOWN = -2;
    private final String text;
    private final char[] chars;
    private final int hash;
    /** Where a glued word splits, relative to its start; -1 for nowhere; UNKNOWN until asked. */
    private volatile int cut = UNKNOWN;

    private Word(char[] chars, int hash) {
      this.chars = chars;
      this.text = new String(chars);
      this.hash = hash;
    }

    public String text() {
      return text;
    }

    int cut() {
      return cut;
    }

    void cut(int at) {
      cut = at;
    }
  }

  private final int limit;
  private volatile Word[] slots = new Word[INITIAL_SLOTS];
  private int size;

  public WordTable(int limit) {
    if (limit < 1) {
      throw new TextException("a word table needs room for at least one word, not " + limit);
    }
    this.limit = limit;
  }

  /** The shared word whose chars are {@code text[start, end)}. */
  public Word intern(char[] text, int start, int end) {
    int h = hash(text, start, end);
    Word found = find(slots, text, start, end, h);
    return found != null ? found : add(text, start, end, h);
  }

  public int size() {
    synchronized (this) {
      return size;
    }
  }

  private static int hash(char[] s, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + s[i];
    }
    return h ^ (h >>> 16);
  }

  private static Word find(Word[] t, char[] s, int start, int end, int h) {
    int mask = t.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      Word e = t[i];
      if (e == null) {
        return null;
      }
      if (e.hash == h && Arrays.equals(e.chars, 0, e.chars.length, s, start, end)) {
        return e;
      }
    }
  }

  private synchronized Word add(char[] s, int start, int end, int h) {
    Word[] t = slots;
    Word found = find(t, s, start, end, h);
    if (found != null) {
      return found;
    }
    Word w = new Word(Arrays.copyOfRange(s, start, end), h);
    if (size >= limit) {
      return w;
    }
    if ((size + 1) * 2 > t.length) {
      t = grow(t);
    }
    place(t, w);
    size++;
    slots = t; // a volatile write: readers see the word from here on
    return w;
  }

  private static Word[] grow(Word[] old) {
    Word[] t = new Word[old.length * 2];
    for (Word e : old) {
      if (e != null) {
        place(t, e);
      }
    }
    return t;
  }

  private static void place(Word[] t, Word e) {
    int mask = t.length - 1;
    int i = e.hash & mask;
    while (t[i] != null) {
      i = (i + 1) & mask;
    }
    t[i] = e;
  }
}
