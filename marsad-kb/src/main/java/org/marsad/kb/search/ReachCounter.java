package org.marsad.kb.search;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Walks the entity postings of each segment. Term statistics alone would be quicker but count deleted documents,
 * and a report indexed again leaves one behind until segments merge; the walk skips them. A segment without
 * deletions, asked about one entity, is answered from the statistics: walking the postings of a place named in
 * thousands of reports was most of the work of its entity page.
 */
final class ReachCounter {
  private ReachCounter() {
  }

  static Reach count(IndexReader reader, Collection<Long> entityIds) throws IOException {
    int reports = 0;
    long mentions = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(ReportDocuments.ENTITY);
      if (terms == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      TermsEnum te = terms.iterator();
      FixedBitSet seen = entityIds.size() > 1 ? new FixedBitSet(leaf.reader().maxDoc()) : null;
      PostingsEnum postings = null;
      for (long id : entityIds) {
        if (!te.seekExact(new BytesRef(Long.toString(id)))) {
          continue;
        }
        if (live == null && seen == null) {
          reports += te.docFreq();
          mentions += te.totalTermFreq();
          continue;
        }
        postings = te.postings(postings, PostingsEnum.FREQS);
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          mentions += postings.freq();
          if (seen == null) {
            reports++;
          } else if (!seen.getAndSet(doc)) {
            reports++;
          }
        }
      }
    }
    return new Reach(reports, mentions);
  }
}
