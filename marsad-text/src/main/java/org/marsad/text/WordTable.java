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
    /** What a client of the table knows about the word (the extractor's lexicon readings); null until set. */
    private volatile Object attachment;

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

    public Object attachment() {
      return attachment;
    }

    /**
     * Attaches what a client computed from the word alone. All clients of one table must attach the same
     * kind of value; two threads attaching at once both compute it, and either result may stay.
     */
    public void attach(Object value) {
      attachment = value;
    }
  }

  /**
   * Open addressing over two parallel arrays: probing reads only the hashes (0 marks an empty slot), so a lookup
   * touches one word object, the one it finds.
   */
  private static final class Slots {
    final int[] hashes;
    final Word[] words;

    Slots(int size) {
      hashes = new int[size];
      words = new Word[size];
    }
  }

  private final int limit;
  private volatile Slots slots = new Slots(INITIAL_SLOTS);
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
    h ^= h >>> 16;
    return h == 0 ? 1 : h;
  }

  private static Word find(Slots t, char[] s, int start, int end, int h) {
    int[] hashes = t.hashes;
    int mask = hashes.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      int eh = hashes[i];
      if (eh == 0) {
        return null;
      }
      if (eh == h) {
        Word e = t.words[i];
        // a racing reader may see the hash before the word; the locked add then looks again
        if (e != null && Arrays.equals(e.chars, 0, e.chars.length, s, start, end)) {
          return e;
        }
      }
    }
  }

  private synchronized Word add(char[] s, int start, int end, int h) {
    Slots t = slots;
    Word found = find(t, s, start, end, h);
    if (found != null) {
      return found;
    }
    Word w = new Word(Arrays.copyOfRange(s, start, end), h);
    if (size >= limit) {
      return w;
    }
    if ((size + 1) * 2 > t.hashes.length) {
      t = grow(t);
    }
    place(t, w);
    size++;
    slots = t; // a volatile write: readers see the word from here on
    return w;
  }

  private static Slots grow(Slots old) {
    Slots t = new Slots(old.hashes.length * 2);
    for (Word e : old.words) {
      if (e != null) {
        place(t, e);
      }
    }
    return t;
  }

  private static void place(Slots t, Word e) {
    int mask = t.hashes.length - 1;
    int i = e.hash & mask;
    while (t.hashes[i] != 0) {
      i = (i + 1) & mask;
    }
    t.words[i] = e; // the word before its hash, so that a reader who sees the hash usually finds the word
    t.hashes[i] = e.hash;
  }
}
