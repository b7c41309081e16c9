package org.marsad.extract.find;

import java.util.List;
import org.marsad.extract.match.LexiconIndex;
import org.marsad.text.AlignedText;
import org.marsad.text.Language;
import org.marsad.text.LanguageDetector;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.SentenceSplitter.Sentence;
import org.marsad.text.TextNormalizer;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;

/** Runs the marsad-text chain over a report with the lexicons' vocabulary. */
public final class Analyzer {
  private final Tokenizer tokenizer;
  private final LexiconIndex index;

  public Analyzer(LexiconIndex index) {
    this.tokenizer = new Tokenizer(index.vocabulary(), index.wordTable());
    this.index = index;
  }

  public Analysis analyze(String text, Language forced) {
    AlignedText aligned = TextNormalizer.get().normalize(text);
    Tokenizer.Words words = tokenizer.tokenizeWithIds(aligned);
    List<Token> tokens = words.tokens();
    int[] ids = words.ids();
    int[] openers = new int[tokens.size()];
    for (int k = 0; k < openers.length; k++) {
      Token t = tokens.get(k);
      openers[k] = index.openers(ids[k], t.text(), t.type() == org.marsad.text.TokenType.ARABIC);
    }
    List<Sentence> sentences = SentenceSplitter.split(aligned.normalized(), tokens);
    Language lang = forced != Language.UNKNOWN ? forced : LanguageDetector.detect(tokens);
    int[] sentenceOf = new int[tokens.size()];
    int[] paragraphOf = new int[tokens.size()];
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sent = sentences.get(s);
      for (int k = sent.firstToken(); k < sent.endToken(); k++) {
        sentenceOf[k] = s;
      }
    }
    String folded = aligned.normalized();
    int paragraph = 0;
    for (int k = 0; k < tokens.size(); k++) {
      if (k > 0 && blankLineBetween(folded, tokens.get(k - 1).end(), tokens.get(k).start())) {
        paragraph++;
      }
      paragraphOf[k] = paragraph;
    }
    Lookups look = new Lookups(index, tokens, ids, openers);
    return new Analysis(aligned, tokens, sentences, lang, sentenceOf, paragraphOf, look);
  }

  private static boolean blankLineBetween(String s, int from, int to) {
    int newlines = 0;
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == '\n') {
        newlines++;
      }
    }
    return newlines >= 1;
  }
}
