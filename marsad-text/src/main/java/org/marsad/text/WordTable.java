package org.marsad.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * One shared {@link Word} per distinct word. The tokenizer looks a token up by its chars, so a word seen
 * before costs no allocation, every later map lookup with its text finds the hash already computed and the
 * key by identity, and what the tokenizer decided about the word (where a glued word splits) is decided once.
 *
 * <p>Reads take no lock: entries are immutable apart from their memo, and the table is replaced, never resized
 * in place. Adding takes the table's lock. Past {@code limit} distinct words the table stops growing and new
 * words come back unshared; a flood of unique tokens (random input) cannot exhaust memory this way, and neither
 * can a few huge ones.
 */
public final class WordTable {
  private static final int INITIAL_SLOTS = 1 << 12;
  /** Longer tokens (runs of letters in hostile or broken input) come back unshared instead of filling the arena. */
  static final int MAX_SHARED_LENGTH = 256;

  /** A distinct word: its shared text, and the tokenizer's memo of where it splits when glued. */
  public static final class Word {
    static final int UNKNOWN = -2;
    /** The id of a word the table does not keep (past its limit, or too long). */
    public static final int UNSHARED = -1;
    private final String text;
    private final int hash;
    private final int id;
    /** Where a glued word splits, relative to its start; -1 for nowhere; UNKNOWN until asked. */
    private volatile int cut = UNKNOWN;
    /** What a client of the table knows about the word (the extractor's lexicon readings); null until set. */
    private volatile Object attachment;

    private Word(String text, int hash, int id) {
      this.text = text;
      this.hash = hash;
      this.id = id;
    }

    public String text() {
      return text;
    }

    /**
     * A dense number for the word, unique within its table (0, 1, 2, ... in order of first sight), or
     * {@link #UNSHARED}. Clients key their own tables by it, so that matching compares ints, not strings.
     */
    public int id() {
      return id;
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
   * Open addressing over parallel arrays. Probing reads the hashes, and a hash hit compares chars kept end to end
   * in one arena, so a lookup reads contiguous memory until it returns the word it found: comparing with each
   * word's own char array cost a cache miss per token, about a seventh of the extractor's time.
   *
   * <p>A slot's hash is written with release and read with acquire semantics, so a reader who sees a hash sees
   * its start, length, word and chars. A table whose arena or slots are replaced is never written again, so a
   * reader still holding it misses words added since and looks again under the table's lock.
   */
  private static final class Slots {
    final int[] hashes;
    final int[] starts;
    final int[] lengths;
    final Word[] words;
    final char[] arena;

    Slots(int size, char[] arena) {
      this(new int[size], new int[size], new int[size], new Word[size], arena);
    }

    private Slots(int[] hashes, int[] starts, int[] lengths, Word[] words, char[] arena) {
      this.hashes = hashes;
      this.starts = starts;
      this.lengths = lengths;
      this.words = words;
      this.arena = arena;
    }

    /** A copy with a bigger arena; the arrays are copied too, so that no reader of this table sees later adds. */
    Slots withArena(char[] bigger) {
      return new Slots(hashes.clone(), starts.clone(), lengths.clone(), words.clone(), bigger);
    }
  }

  private static final VarHandle HASH = MethodHandles.arrayElementVarHandle(int[].class);

  private final int limit;
  private volatile Slots slots = new Slots(INITIAL_SLOTS, new char[INITIAL_SLOTS * 4]);
  private int size;
  /** Chars of the arena in use; guarded by the table's lock. */
  private int arenaUsed;

  public WordTable(int limit) {
    if (limit < 1) {
      throw new TextException("a word table needs room for at least one word, not " + limit);
    }
    this.limit = limit;
  }

  /** The shared word of {@code text}. */
  public Word intern(String text) {
    return intern(text.toCharArray(), 0, text.length());
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
    int len = end - start;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      int eh = (int) HASH.getAcquire(hashes, i);
      if (eh == 0) {
        return null;
      }
      if (eh == h && t.lengths[i] == len && sameChars(t.arena, t.starts[i], s, start, len)) {
        return t.words[i];
      }
    }
  }

  private static boolean sameChars(char[] arena, int from, char[] s, int start, int len) {
    for (int k = 0; k < len; k++) {
      if (arena[from + k] != s[start + k]) {
        return false;
      }
    }
    return true;
  }

  private synchronized Word add(char[] s, int start, int end, int h) {
    Slots t = slots;
    Word found = find(t, s, start, end, h);
    if (found != null) {
      return found;
    }
    if (size >= limit || end - start > MAX_SHARED_LENGTH) {
      return new Word(new String(s, start, end - start), h, Word.UNSHARED);
    }
    Word w = new Word(new String(s, start, end - start), h, size);
    int len = end - start;
    if (arenaUsed + len > t.arena.length) {
      t = t.withArena(Arrays.copyOf(t.arena, Math.max(t.arena.length * 2, arenaUsed + len)));
    }
    if ((size + 1) * 2 > t.hashes.length) {
      t = grow(t);
    }
    System.arraycopy(s, start, t.arena, arenaUsed, len);
    place(t, w, arenaUsed, len);
    arenaUsed += len;
    size++;
    slots = t; // a volatile write: readers who take the table from here on see the word
    return w;
  }

  private static Slots grow(Slots old) {
    Slots t = new Slots(old.hashes.length * 2, old.arena);
    for (int i = 0; i < old.words.length; i++) {
      if (old.words[i] != null) {
        place(t, old.words[i], old.starts[i], old.lengths[i]);
      }
    }
    return t;
  }

  private static void place(Slots t, Word e, int start, int length) {
    int mask = t.hashes.length - 1;
    int i = e.hash & mask;
    while (t.hashes[i] != 0) {
      i = (i + 1) & mask;
    }
    t.words[i] = e;
    t.starts[i] = start;
    t.lengths[i] = length;
    HASH.setRelease(t.hashes, i, e.hash); // last, so that a reader who sees the hash sees the rest
  }
}
