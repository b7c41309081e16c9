package org.marsad.kb.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * One analysis chain for Arabic, French and English reports: the tokenizer runs on the original text, and every
 * later step only rewrites terms or stacks new ones at the same position, so offsets always point into the
 * original text (harakat, tatweel and bidi marks included).
 *
 * <pre>
 * colons to spaces -> StandardTokenizer -> FoldingFilter -> ElisionFilter (l', d', qu')
 *   -> LengthFilter (drops terms that folded to nothing), then
 *   INDEX:       -> ProcliticFilter (stems, also without ال) -> MatchKeyFilter.stacked -> RemoveDuplicates
 *   QUERY_WORDS: -> ProcliticFilter (stems, article kept)                               -> RemoveDuplicates
 *   QUERY_KEYS:  -> ProcliticFilter (stems, article kept)    -> MatchKeyFilter.crossScript -> RemoveDuplicates
 * </pre>
 */
public final class ReportAnalyzer extends Analyzer {

  /** Which side of the search a chain serves. */
  public enum Mode { INDEX, QUERY_WORDS, QUERY_KEYS }

  /**
   * Word segmentation keeps "a:b" as one word (for Swedish); news text writes "بيان:الجيش" and "Kidal:3".
   * Each colon becomes one space, so no offset moves.
   */
  private static final NormalizeCharMap COLONS = colons();

  private final Mode mode;

  public ReportAnalyzer(Mode mode) {
    this.mode = mode;
  }

  public Mode mode() {
    return mode;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new MappingCharFilter(COLONS, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream stream = new FoldingFilter(source);
    stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
    stream = new LengthFilter(stream, 1, Integer.MAX_VALUE);
    stream = new ProcliticFilter(stream, mode == Mode.INDEX);
    if (mode == Mode.INDEX) {
      stream = MatchKeyFilter.stacked(stream);
    } else if (mode == Mode.QUERY_KEYS) {
      stream = MatchKeyFilter.crossScript(stream);
    }
    return new TokenStreamComponents(source, new RemoveDuplicatesTokenFilter(stream));
  }

  private static NormalizeCharMap colons() {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    for (String colon : new String[] {":", "\u00B7", "\u2027", "\uFE13", "\uFE55", "\uFF1A"}) {
      map.add(colon, " ");
    }
    return map.build();
  }
}
