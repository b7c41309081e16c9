package org.marsad.extract.find;

import java.util.List;
import org.marsad.extract.lexicon.Cue;
import org.marsad.extract.lexicon.PlaceEntry;
import org.marsad.extract.lexicon.Title;
import org.marsad.extract.match.EntityRef;
import org.marsad.extract.match.LexiconIndex;
import org.marsad.extract.match.PhraseTrie;
import org.marsad.extract.match.WordInfo;
import org.marsad.extract.match.WordTest;
import org.marsad.text.Token;
import org.marsad.text.TokenType;

/**
 * Phrase lookups of one report, each computed once per token. The finders ask the same questions about the same
 * token many times (is it a cue, a title, a given name, the start of a name?); the clitic readings of each word
 * are also computed once.
 */
public final class Lookups {
  /** A memo slot that was asked and has no match; null means not asked yet. */
  private static final Object NONE = new Object();
  private final LexiconIndex index;
  private final List<Token> tokens;
  /** Per token: its word's readings, fetched when first needed (most tokens are only asked their openers). */
  private final WordInfo[] infos;
  /** Per token: the word id, the tries it opens, the tests answered so far (see WordTest#answerIn). */
  private final int[] ids;
  private final int[] openers;
  private final long[] answers;
  private final Object[] entities;
  private final Object[] cues;
  private final Object[] titles;
  private final Object[] givenNames;
  private final Object[] adjectives;

  Lookups(LexiconIndex index, List<Token> tokens, int[] ids, int[] openers) {
    this.index = index;
    this.tokens = tokens;
    int n = tokens.size();
    this.infos = new WordInfo[n];
    this.ids = ids;
    this.openers = openers;
    answers = new long[n];
    for (int k = 0; k < n; k++) {
      answers[k] = index.answers(ids[k]);
    }
    entities = new Object[n];
    cues = new Object[n];
    titles = new Object[n];
    givenNames = new Object[n];
    adjectives = new Object[n];
  }

  /** The tries that have a phrase opening at token i, under any clitic reading. */
  public int openers(int i) {
    return openers[i];
  }

  private WordInfo info(int i) {
    WordInfo w = infos[i];
    if (w == null) {
      Token t = tokens.get(i);
      w = index.word(ids[i], t.text(), t.type() == TokenType.ARABIC);
      infos[i] = w;
      answers[i] |= w.answers();
    }
    return w;
  }

  @SuppressWarnings("unchecked")
  private <T> PhraseTrie.Match<T> memo(Object[] cache, PhraseTrie<T> trie, int bit, int i) {
    if (i < 0 || i >= cache.length || (openers(i) & bit) == 0) {
      return null;
    }
    Object m = cache[i];
    if (m == null) {
      m = trie.longestFrom(tokens, ids, i, info(i).starts(Integer.numberOfTrailingZeros(bit)), info(i).splits());
      cache[i] = m == null ? NONE : m;
    }
    return m == NONE ? null : (PhraseTrie.Match<T>) m;
  }

  /** The answer of the word at token i to a test; false past either end. */
  public boolean is(int i, WordTest test) {
    if (i < 0 || i >= infos.length) {
      return false;
    }
    int known = test.answerIn(answers[i]);
    if (known >= 0) {
      return known == 1;
    }
    WordInfo w = info(i);
    known = test.answerIn(answers[i]);
    if (known >= 0) {
      return known == 1;
    }
    boolean yes = w.is(test);
    answers[i] = test.withAnswer(answers[i], yes);
    index.rememberAnswers(ids[i], answers[i]);
    return yes;
  }

  /** Whether the word at token i is in the lexicons' vocabulary (a word of some listed phrase). */
  public boolean inVocabulary(int i) {
    return info(i).inVocabulary();
  }

  public PhraseTrie.Match<EntityRef> entity(int i) {
    return memo(entities, index.entities(), LexiconIndex.ENTITY, i);
  }

  public PhraseTrie.Match<Cue> cue(int i) {
    return memo(cues, index.cues(), LexiconIndex.CUE, i);
  }

  public PhraseTrie.Match<Title> title(int i) {
    return memo(titles, index.titles(), LexiconIndex.TITLE, i);
  }

  public PhraseTrie.Match<String> givenName(int i) {
    return memo(givenNames, index.givenNames(), LexiconIndex.GIVEN_NAME, i);
  }

  public PhraseTrie.Match<PlaceEntry> adjective(int i) {
    return memo(adjectives, index.placeAdjectives(), LexiconIndex.ADJECTIVE, i);
  }
}
