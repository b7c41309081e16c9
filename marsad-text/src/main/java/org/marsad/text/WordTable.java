package org.marsad.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * One shared word per distinct word, numbered densely (0, 1, 2, ... in order of first sight). The tokenizer looks
 * a token up by its chars and gets its id, so a word seen before costs no allocation; clients keep what they know
 * about a word in arrays indexed by that id (the extractor: its lexicon readings), and what the tokenizer decided
 * about the word (where a glued word splits) is decided once.
 *
 * <p>Reads take no lock: a word's entries never change once written, apart from the memos, and the arrays are
 * replaced, never resized in place. Adding takes the table's lock. Past {@code limit} distinct words the table
 * stops growing and new words come back unshared; a flood of unique tokens (random input) cannot exhaust memory
 * this way, and neither can a few huge ones.
 */
public final class WordTable {
  private static final int INITIAL_SLOTS = 1 << 12;
  /** Longer tokens (runs of letters in hostile or broken input) come back unshared instead of filling the arena. */
  static final int MAX_SHARED_LENGTH = 256;
  private static final int RECORD = 3;
  private static final int INLINE = 8;
  /** A slot holds {@code id + 1} in its low bits and the top bits of the word's hash above them. */
  private static final int ID_BITS = 20;
  private static final int ID_MASK = (1 << ID_BITS) - 1;
  /** The most words a table can number. */
  public static final int MAX_LIMIT = ID_MASK - 1;
  /** The id of a word the table does not keep (past its limit, or too long). */
  public static final int UNSHARED = -1;
  /** A glue memo not decided yet. */
  static final int UNKNOWN = -2;

  /** A distinct word: its shared text and its id ({@link #UNSHARED} when the table does not keep it). */
  public static final class Word {
    private final String text;
    private final int id;

    private Word(String text, int id) {
      this.text = text;
      this.id = id;
    }

    public String text() {
      return text;
    }

    /** The word's number in its table, or {@link WordTable#UNSHARED}. Clients key their own tables by it. */
    public int id() {
      return id;
    }
  }

  /**
   * Open addressing over one int array: a slot packs a hash tag with the id, so probing reads a single small
   * array, and only a tag hit reads the word's place in the arena (chars of all words end to end) to compare.
   * Everything else about a word sits in arrays indexed by id. A lookup thus touches a few dense arrays instead
   * of a word object per token: under load, per-token cache misses were most of the tokenizer's time.
   *
   * <p>A slot is written with release and read with acquire semantics, so a reader who sees a slot sees its
   * word's place, text and chars. Arrays that are replaced are never written again by adds, so a reader still
   * holding them misses words added since and looks again under the table's lock.
   */
  private static final class Slots {
    final int[] slots;
    /**
     * Per id, {@value #RECORD} longs: the start in the arena and the length, then the chars of a word of up to
     * {@value #INLINE} chars. A lookup of such a word, most words of a report, reads its slot and this record
     * and never the arena.
     */
    final long[] records;
    final String[] texts;
    final Word[] words;
    /** Per id: where a glued word splits, relative to its start; -1 for nowhere; UNKNOWN until asked. */
    final int[] cuts;
    final char[] arena;

    Slots(int[] slots, long[] records, String[] texts, Word[] words, int[] cuts, char[] arena) {
      this.slots = slots;
      this.records = records;
      this.texts = texts;
      this.words = words;
      this.cuts = cuts;
      this.arena = arena;
    }

    static Slots empty() {
      int[] cuts = new int[INITIAL_SLOTS / 2];
      Arrays.fill(cuts, UNKNOWN);
      return new Slots(new int[INITIAL_SLOTS], new long[INITIAL_SLOTS / 2 * RECORD], new String[INITIAL_SLOTS / 2],
          new Word[INITIAL_SLOTS / 2], cuts, new char[INITIAL_SLOTS * 4]);
    }

    /**
     * A copy with room for {@code ids} words and {@code chars} arena chars. Its slots are a copy too, so that no
     * reader of this table meets a word whose entries only the copy holds. The arena is shared when big enough:
     * new words' chars go past what any slot of this table points to.
     */
    Slots withRoom(int ids, int chars) {
      int[] moreCuts = Arrays.copyOf(cuts, ids);
      Arrays.fill(moreCuts, cuts.length, ids, UNKNOWN);
      return new Slots(slots.clone(), Arrays.copyOf(records, ids * RECORD), Arrays.copyOf(texts, ids),
          Arrays.copyOf(words, ids), moreCuts, chars == arena.length ? arena : Arrays.copyOf(arena, chars));
    }
  }

  private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(int[].class);

  private final int limit;
  private volatile Slots slots = Slots.empty();
  private int size;
  /** Chars of the arena in use; guarded by the table's lock. */
  private int arenaUsed;

  public WordTable(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new TextException("a word table holds 1 to " + MAX_LIMIT + " words, not " + limit);
    }
    this.limit = limit;
  }

  /** The shared word of {@code text}. */
  public Word intern(String text) {
    return intern(text.toCharArray(), 0, text.length());
  }

  /** The shared word whose chars are {@code text[start, end)}. */
  public Word intern(char[] text, int start, int end) {
    int id = id(text, start, end);
    return id == UNSHARED ? new Word(new String(text, start, end - start), UNSHARED) : slots.words[id];
  }

  /**
   * The id of the word whose chars are {@code text[start, end)}, added if new, or {@link #UNSHARED} when the
   * table does not keep it; then {@link #text} cannot give its text.
   */
  public int id(char[] text, int start, int end) {
    int h = hash(text, start, end);
    int found = find(slots, text, start, end, h);
    return found != UNSHARED ? found : add(text, start, end, h);
  }

  /** The shared text of word {@code id}. */
  public String text(int id) {
    return slots.texts[id];
  }

  /** The tokenizer's memo of where word {@code id} splits when glued. */
  int cut(int id) {
    return slots.cuts[id];
  }

  void cut(int id, int at) {
    slots.cuts[id] = at;
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

  private static int tag(int h) {
    return (h >>> ID_BITS) << ID_BITS;
  }

  private static int find(Slots t, char[] s, int start, int end, int h) {
    int[] slots = t.slots;
    int mask = slots.length - 1;
    int tag = tag(h);
    int len = end - start;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      int e = (int) SLOT.getAcquire(slots, i);
      if (e == 0) {
        return UNSHARED;
      }
      if ((e & ~ID_MASK) == tag) {
        int id = (e & ID_MASK) - 1;
        if (sameWord(t, id, s, start, end)) {
          return id;
        }
      }
    }
  }

  private static boolean sameWord(Slots t, int id, char[] s, int start, int end) {
    long record = t.records[RECORD * id];
    int len = end - start;
    if ((int) record != len) {
      return false;
    }
    if (len <= INLINE) {
      int middle = Math.min(end, start + 4);
      return t.records[RECORD * id + 1] == packed(s, start, middle)
          && t.records[RECORD * id + 2] == packed(s, middle, end);
    }
    int from = (int) (record >>> 32);
    return Arrays.equals(t.arena, from, from + len, s, start, end);
  }

  /** Up to four chars in one long, the first in the lowest bits; absent chars are 0. */
  private static long packed(char[] s, int start, int end) {
    long p = 0;
    for (int i = end - 1; i >= start; i--) {
      p = p << 16 | s[i];
    }
    return p;
  }

  private synchronized int add(char[] s, int start, int end, int h) {
    Slots t = slots;
    int found = find(t, s, start, end, h);
    if (found != UNSHARED) {
      return found;
    }
    int len = end - start;
    if (size >= limit || len > MAX_SHARED_LENGTH) {
      return UNSHARED;
    }
    int id = size;
    if (arenaUsed + len > t.arena.length || id >= t.texts.length) {
      int ids = id >= t.texts.length ? t.texts.length * 2 : t.texts.length;
      int chars = arenaUsed + len > t.arena.length ? Math.max(t.arena.length * 2, arenaUsed + len) : t.arena.length;
      t = t.withRoom(ids, chars);
    }
    if ((size + 1) * 2 > t.slots.length) {
      t = grow(t);
    }
    System.arraycopy(s, start, t.arena, arenaUsed, len);
    String text = new String(s, start, len);
    t.records[RECORD * id] = (long) arenaUsed << 32 | len;
    if (len <= INLINE) {
      t.records[RECORD * id + 1] = packed(s, start, Math.min(end, start + 4));
      t.records[RECORD * id + 2] = packed(s, Math.min(end, start + 4), end);
    }
    t.texts[id] = text;
    t.words[id] = new Word(text, id);
    place(t.slots, h, id);
    arenaUsed += len;
    size++;
    slots = t; // a volatile write: readers who take the table from here on see the word
    return id;
  }

  /** A copy with twice the slots; the per-id arrays are shared, as adds to them never touch a word already there. */
  private static Slots grow(Slots old) {
    int[] bigger = new int[old.slots.length * 2];
    for (int e : old.slots) {
      if (e != 0) {
        int id = (e & ID_MASK) - 1;
        long record = old.records[RECORD * id];
        int start = (int) (record >>> 32);
        place(bigger, hash(old.arena, start, start + (int) record), id);
      }
    }
    return new Slots(bigger, old.records, old.texts, old.words, old.cuts, old.arena);
  }

  private static void place(int[] slots, int h, int id) {
    int mask = slots.length - 1;
    int i = h & mask;
    while (slots[i] != 0) {
      i = (i + 1) & mask;
    }
    SLOT.setRelease(slots, i, tag(h) | (id + 1)); // last, so that a reader who sees the slot sees the rest
  }
}
