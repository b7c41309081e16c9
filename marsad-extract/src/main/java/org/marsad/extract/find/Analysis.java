package org.marsad.extract.find;

import java.util.List;
import org.marsad.text.AlignedText;
import org.marsad.text.Language;
import org.marsad.text.SentenceSplitter.Sentence;
import org.marsad.text.Span;
import org.marsad.text.Token;

/** A report read once: folded text with its alignment, tokens, sentences and language. */
public record Analysis(AlignedText aligned, List<Token> tokens, List<Sentence> sentences, Language language,
                       int[] sentenceOfToken, int[] paragraphOfToken, Lookups look) {

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }

  /** The original span covered by tokens {@code [first, end)}, skipping {@code offsetInFirst} clitic chars. */
  public Span originalSpan(int first, int end, int offsetInFirst) {
    int s = tokens.get(first).start() + offsetInFirst;
    int e = tokens.get(end - 1).end();
    return aligned.toOriginal(s, e);
  }

  public String originalText(Span span) {
    return span.cover(aligned.original());
  }

  public String folded(int i) {
    return tokens.get(i).text();
  }
}
