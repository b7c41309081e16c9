package org.marsad.app.kb;

import java.time.Clock;
import org.marsad.app.ExtractorFactory;
import org.marsad.extract.Extractor;
import org.marsad.kb.index.IndexSync;
import org.marsad.kb.query.Questions;
import org.marsad.kb.search.ReportIndex;
import org.marsad.kb.resolve.NameKey;
import org.marsad.kb.store.Database;

/** One command's connection to the knowledge base, with the extractor loaded only when a command needs it. */
final class KbSession implements AutoCloseable {
  private final StoreOptions options;
  private final Database db;
  private Extractor extractor;
  private NameKey nameKey;
  private ReportIndex index;
  private IndexSync sync;
  private boolean compact;

  KbSession(StoreOptions options) {
    this.options = options;
    this.db = Database.open(options.location());
  }

  Database db() {
    return db;
  }

  Extractor extractor() {
    if (extractor == null) {
      extractor = ExtractorFactory.create(options.lexiconDir());
    }
    return extractor;
  }

  NameKey nameKey() {
    if (nameKey == null) {
      nameKey = NameKey.from(extractor().lexicon());
    }
    return nameKey;
  }

  /** The search index, brought up to date with the store first (a crash may have left it behind). */
  IndexSync sync() {
    if (sync == null) {
      index = ReportIndex.open(options.location().indexDir());
      sync = new IndexSync(db, index);
      sync.catchUp(id -> { });
    }
    return sync;
  }

  ReportIndex index() {
    sync();
    return index;
  }

  Questions questions() {
    return new Questions(db.handle(), nameKey(), java.util.Optional.of(index()));
  }

  Clock clock() {
    return Clock.systemUTC();
  }

  StoreOptions options() {
    return options;
  }

  /** Compact the store on close: worth it after writing many reports. */
  void compactOnClose() {
    compact = true;
  }

  @Override
  public void close() {
    try {
      if (sync != null) {
        sync.close();
        index.close();
      }
    } finally {
      if (compact) {
        db.closeCompacted();
      } else {
        db.close();
      }
    }
  }
}
