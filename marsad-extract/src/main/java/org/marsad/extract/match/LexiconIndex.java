package org.marsad.extract.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.extract.lexicon.Cue;
import org.marsad.extract.lexicon.Demonym;
import org.marsad.extract.lexicon.GivenName;
import org.marsad.extract.lexicon.GroupEntry;
import org.marsad.extract.lexicon.Lexicon;
import org.marsad.extract.lexicon.PersonEntry;
import org.marsad.extract.lexicon.PlaceEntry;
import org.marsad.extract.lexicon.Title;
import org.marsad.extract.EntityType;
import org.marsad.text.TextNormalizer;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;
import org.marsad.text.Transliterator;
import org.marsad.text.Vocabulary;
import org.marsad.text.WordTable;

/**
 * The lexicons compiled for matching: phrase tries over folded tokens, the vocabulary the tokenizer consults,
 * and the Arabic relative adjectives of places. Built once per {@link Lexicon}; immutable and thread-safe after.
 */
public final class LexiconIndex {
  private static final int WORD_CACHE_LIMIT = 200_000;
  private final WordTable wordTable = new WordTable(WORD_CACHE_LIMIT);
  // Sharing the table shares the tokenizer's memo of glued words. The phrase tokenizer never splits one ("every
  // word is known"), and every phrase word joins the vocabulary, so the report tokenizer decides the same.
  private final Tokenizer phraseTokenizer = new Tokenizer(w -> true, wordTable);
  private static final String WAW = "\u0648";

  private final Lexicon lexicon;
  private final PhraseTrie<EntityRef> entities = new PhraseTrie<>(wordTable);
  private final PhraseTrie<Cue> cues = new PhraseTrie<>(wordTable);
  private final PhraseTrie<Title> titles = new PhraseTrie<>(wordTable);
  private final PhraseTrie<String> givenNames = new PhraseTrie<>(wordTable);
  private final PhraseTrie<PlaceEntry> placeAdjectives = new PhraseTrie<>(wordTable);
  private final Vocabulary vocabulary;
  private final Set<String> ambiguous = new HashSet<>();
  private final java.util.Map<String, Integer> openers = new java.util.HashMap<>();
  public static final int ENTITY = 1;
  public static final int CUE = 2;
  public static final int TITLE = 4;
  public static final int GIVEN_NAME = 8;
  public static final int ADJECTIVE = 16;
  private final java.util.Map<String, EntityRef> peopleByKey = new java.util.HashMap<>();

  public LexiconIndex(Lexicon lexicon) {
    this.lexicon = lexicon;
    for (GroupEntry g : lexicon.groups()) {
      EntityRef base = new EntityRef("group/" + g.id(), g.type(), g.nameAr(), g.nameEn(), Optional.empty(), false, "");
      addEntity(g.nameAr(), base);
      addEntity(g.nameEn(), base);
      addEntity(g.nameFr(), base);
      g.aliases().forEach(a -> addEntity(a, base));
      g.acronyms().forEach(a -> addEntity(a, new EntityRef(base.lexiconId(), base.type(), base.nameAr(),
          base.nameEn(), Optional.empty(), true, a)));
    }
    for (PersonEntry p : lexicon.people()) {
      EntityRef base = new EntityRef("person/" + p.id(), EntityType.PERSON, p.nameAr(), p.nameEn(),
          Optional.empty(), false, "");
      addEntity(p.nameAr(), base);
      addEntity(p.nameEn(), base);
      addEntity(p.nameFr(), base);
      p.kunyas().forEach(a -> addEntity(a, base));
      p.aliases().forEach(a -> addEntity(a, base));
      java.util.stream.Stream.concat(java.util.stream.Stream.of(p.nameAr(), p.nameEn(), p.nameFr()),
          java.util.stream.Stream.concat(p.aliases().stream(), p.kunyas().stream()))
          .filter(n -> n != null && n.trim().indexOf(' ') > 0)
          .forEach(n -> peopleByKey.putIfAbsent(Transliterator.matchKey(n), base));
    }
    for (PlaceEntry pl : lexicon.places()) {
      EntityRef base = new EntityRef("place/" + pl.id(), EntityType.LOCATION, pl.nameAr(), pl.nameEn(),
          Optional.of(pl.geo()), false, "");
      addEntity(pl.nameAr(), base);
      addEntity(pl.nameEn(), base);
      addEntity(pl.nameFr(), base);
      pl.aliases().forEach(a -> addEntity(a, base));
      pl.adjectivesAr().forEach(a -> placeAdjectives.add(tokens(a), pl));
    }
    for (Demonym d : lexicon.demonyms()) {
      lexicon.place(d.placeId()).ifPresent(pl -> d.forms().forEach(f -> placeAdjectives.add(tokens(f), pl)));
    }
    for (Cue c : lexicon.cues()) {
      cues.add(tokens(c.surface()), c);
    }
    for (Title t : lexicon.titles()) {
      titles.add(tokens(t.surface()), t);
    }
    for (GivenName g : lexicon.givenNames()) {
      givenNames.add(tokens(g.nameAr()), g.nameAr());
      g.latin().forEach(l -> givenNames.add(tokens(l), g.nameAr()));
    }
    lexicon.ambiguousWords().forEach(w -> ambiguous.add(TextNormalizer.get().fold(w)));
    markOpeners(entities, ENTITY);
    markOpeners(cues, CUE);
    markOpeners(titles, TITLE);
    markOpeners(givenNames, GIVEN_NAME);
    markOpeners(placeAdjectives, ADJECTIVE);
    Set<String> words = new HashSet<>();
    entities.collectWords(words);
    cues.collectWords(words);
    titles.collectWords(words);
    givenNames.collectWords(words);
    placeAdjectives.collectWords(words);
    this.vocabulary = Vocabulary.of(words);
  }

  /**
   * Adds a name and, for multi-word Arabic names, the variant without an inner conjunction ("التوحيد والجهاد"
   * is often scraped or typed as "التوحيد الجهاد").
   */
  private void addEntity(String surface, EntityRef ref) {
    if (surface == null || surface.isBlank()) {
      return;
    }
    List<String> toks = tokens(surface);
    entities.add(toks, ref);
    if (toks.size() > 1 && (toks.get(0).equals("ابو") || toks.get(0).equals("ابي") || toks.get(0).equals("ابا"))) {
      // a kunya declines with its case: أبو مصعب, أبا مصعب, أبي مصعب
      for (String form : List.of("ابو", "ابي", "ابا")) {
        List<String> declined = new ArrayList<>(toks);
        declined.set(0, form);
        entities.add(declined, ref);
      }
    }
    if (toks.size() > 1) {
      List<String> variant = new ArrayList<>(toks);
      boolean changed = false;
      for (int i = 1; i < variant.size(); i++) {
        String t = variant.get(i);
        if (t.startsWith(WAW + "\u0627\u0644") && t.length() > 4) {
          variant.set(i, t.substring(1));
          changed = true;
        }
      }
      if (changed) {
        entities.add(variant, ref);
      }
    }
  }

  /** The folded words of a lexicon phrase, as the shared strings report tokens will also carry. */
  private List<String> tokens(String surface) {
    String folded = TextNormalizer.get().fold(surface);
    List<String> out = new ArrayList<>();
    for (Token t : phraseTokenizer.tokenize(folded)) {
      out.add(t.text());
    }
    return out;
  }

  /** The shared strings of the words of reports and lexicons. */
  public WordTable wordTable() {
    return wordTable;
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  public PhraseTrie<EntityRef> entities() {
    return entities;
  }

  public PhraseTrie<Cue> cues() {
    return cues;
  }

  public PhraseTrie<Title> titles() {
    return titles;
  }

  public PhraseTrie<String> givenNames() {
    return givenNames;
  }

  public PhraseTrie<PlaceEntry> placeAdjectives() {
    return placeAdjectives;
  }

  /**
   * Per word id of the table: what the lexicons say about the word, and its opener bits with {@link #KNOWN}
   * set (0 until first sight). Finders ask the bits of every token and the rest of a few, so the bits sit in an
   * int array apart from the objects. Replaced, never resized in place; a write that lands in a replaced copy
   * is lost and the word is computed again, to the same value.
   */
  private record Dense(WordInfo[] infos, int[] openers, long[] answers) {
  }

  private static final int KNOWN = 1 << 30;
  /** Opaque access: a word's test answers are one long, never seen torn, and need no ordering. */
  private static final java.lang.invoke.VarHandle ANSWERS =
      java.lang.invoke.MethodHandles.arrayElementVarHandle(long[].class);
  private volatile Dense dense = new Dense(new WordInfo[1 << 14], new int[1 << 14], new long[1 << 14]);

  /** The {@link WordTest} answers known for word {@code id} (see {@link WordTest#answerIn}); 0 for none. */
  public long answers(int id) {
    Dense d = dense;
    return id >= 0 && id < d.answers.length ? (long) ANSWERS.getOpaque(d.answers, id) : 0L;
  }

  /** Keeps the test answers of word {@code id}, so that the next report reads them without visiting the word. */
  public void rememberAnswers(int id, long answers) {
    Dense d = dense;
    if (id >= 0 && id < d.answers.length) {
      ANSWERS.setOpaque(d.answers, id, answers);
    }
  }

  /**
   * The opener bits of a word of a report ({@link #ENTITY}, {@link #CUE}, ...), computing what the lexicons say
   * about it on first sight. {@code id} is its id in {@link #wordTable()}, or {@code WordTable.UNSHARED}.
   */
  public int openers(int id, String text, boolean arabic) {
    if (id == WordTable.UNSHARED) {
      return compute(text, arabic).openerBits();
    }
    Dense d = dense;
    int bits = id < d.openers.length ? d.openers[id] : 0;
    if (bits != 0) {
      return bits & ~KNOWN;
    }
    return word(id, text, arabic).openerBits();
  }

  /**
   * What the lexicons say about a word of a report: its readings (null splits for other scripts), the tries it
   * opens, its test answers. Computed once per distinct word of the table.
   */
  public WordInfo word(int id, String text, boolean arabic) {
    if (id == WordTable.UNSHARED) {
      return compute(text, arabic);
    }
    Dense d = dense;
    if (id < d.infos.length && d.infos[id] != null) {
      return d.infos[id];
    }
    WordInfo w = compute(text, arabic);
    if (id >= d.infos.length) {
      d = grow(id);
    }
    d.infos[id] = w;
    d.openers[id] = w.openerBits() | KNOWN;
    return w;
  }

  private synchronized Dense grow(int id) {
    Dense d = dense;
    if (id < d.infos.length) {
      return d;
    }
    int size = Math.max(d.infos.length * 2, Integer.highestOneBit(id) * 2);
    d = new Dense(java.util.Arrays.copyOf(d.infos, size), java.util.Arrays.copyOf(d.openers, size),
        java.util.Arrays.copyOf(d.answers, size));
    dense = d;
    return d;
  }

  private WordInfo compute(String folded, boolean arabic) {
    List<org.marsad.text.CliticSplit> splits = arabic ? org.marsad.text.CliticSplitter.candidates(folded) : null;
    int bits = 0;
    if (splits == null) {
      bits = openerBits(folded);
    } else {
      for (org.marsad.text.CliticSplit s : splits) {
        bits |= openerBits(s.stem());
      }
    }
    Object[][] starts = new Object[TRIES][];
    for (int t = 0; t < TRIES; t++) {
      if ((bits & (1 << t)) != 0) {
        starts[t] = trie(t).starts(folded, splits);
      }
    }
    return new WordInfo(folded, splits, bits, vocabulary.contains(folded), starts);
  }

  private static final int TRIES = 5;

  /** The trie whose opener bit is {@code 1 << t}. */
  private PhraseTrie<?> trie(int t) {
    switch (t) {
      case 0: return entities;
      case 1: return cues;
      case 2: return titles;
      case 3: return givenNames;
      default: return placeAdjectives;
    }
  }

  private void markOpeners(PhraseTrie<?> trie, int bit) {
    trie.firstWords().forEach(w -> openers.merge(w, bit, (a, b) -> a | b));
  }

  /**
   * Which tries have a phrase opening with this folded word, as a bit set of {@link #ENTITY}, {@link #CUE}, ...
   * Most words of a report open nothing; asking once spares five trie walks.
   */
  public int openerBits(String foldedWord) {
    return openers.getOrDefault(foldedWord, 0);
  }

  /** Whether a folded single word is a common word that only looks like a name. */
  public boolean isAmbiguous(String foldedWord) {
    return ambiguous.contains(foldedWord);
  }

  /**
   * A lexicon person whose name has the same transliteration key, for spellings the lexicon lacks
   * ("إياد أق غالي" for "إياد أغ غالي", "حمادة ولد محمد خيري" for "حماده ولد محمد خيرو").
   */
  public java.util.Optional<EntityRef> personByKey(String name) {
    String key = Transliterator.matchKey(name);
    return key.indexOf(' ') > 0 ? java.util.Optional.ofNullable(peopleByKey.get(key)) : java.util.Optional.empty();
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }
}
