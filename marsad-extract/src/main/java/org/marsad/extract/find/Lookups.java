package org.marsad.extract.find;

import java.util.List;
import org.marsad.extract.lexicon.Cue;
import org.marsad.extract.lexicon.PlaceEntry;
import org.marsad.extract.lexicon.Title;
import org.marsad.extract.match.EntityRef;
import org.marsad.extract.match.LexiconIndex;
import org.marsad.extract.match.PhraseTrie;
import org.marsad.text.Token;
import org.marsad.text.TokenType;

/**
 * Phrase lookups of one report, each computed once per token. The finders ask the same questions about the same
 * token many times (is it a cue, a title, a given name, the start of a name?); the clitic readings of each word
 * are also computed once.
 */
public final class Lookups {
  private static final Object UNSET = new Object();
  private final LexiconIndex index;
  private final List<Token> tokens;
  private final LexiconIndex.WordInfo[] infos;
  private final Object[] entities;
  private final Object[] cues;
  private final Object[] titles;
  private final Object[] givenNames;
  private final Object[] adjectives;

  Lookups(LexiconIndex index, List<Token> tokens) {
    this.index = index;
    this.tokens = tokens;
    int n = tokens.size();
    infos = new LexiconIndex.WordInfo[n];
    entities = filled(n);
    cues = filled(n);
    titles = filled(n);
    givenNames = filled(n);
    adjectives = filled(n);
  }

  /** The tries that have a phrase opening at token i, under any clitic reading. */
  public int openers(int i) {
    return info(i).openerBits();
  }

  private static Object[] filled(int n) {
    Object[] a = new Object[n];
    java.util.Arrays.fill(a, UNSET);
    return a;
  }

  private LexiconIndex.WordInfo info(int i) {
    LexiconIndex.WordInfo w = infos[i];
    if (w == null) {
      Token t = tokens.get(i);
      w = index.word(t.text(), t.type() == TokenType.ARABIC);
      infos[i] = w;
    }
    return w;
  }

  @SuppressWarnings("unchecked")
  private <T> PhraseTrie.Match<T> memo(Object[] cache, PhraseTrie<T> trie, int bit, int i) {
    if (i < 0 || i >= cache.length || (openers(i) & bit) == 0) {
      return null;
    }
    Object m = cache[i];
    if (m == UNSET) {
      m = trie.longestAt(tokens, i, info(i).splits());
      cache[i] = m;
    }
    return (PhraseTrie.Match<T>) m;
  }

  /** Whether the word at token i, or one of its clitic-free stems, is in {@code words}. */
  public boolean anyReading(int i, java.util.Set<String> words) {
    LexiconIndex.WordInfo w = info(i);
    if (w.splits() == null) {
      return words.contains(tokens.get(i).text());
    }
    for (org.marsad.text.CliticSplit s : w.splits()) {
      if (words.contains(s.stem())) {
        return true;
      }
    }
    return false;
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
