package org.marsad.kb.source;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The items of all inputs, one file at a time: a file is opened when iteration reaches it and closed when its
 * last item is taken, so memory holds one file (or one JSON Lines line) whatever the number of reports.
 *
 * <p>Iteration never throws for bad input. Even a failure nobody foresaw in one file (a parser bug, say) becomes a
 * rejection of that file and the walk goes on, because one odd page must not stop an ingest of thousands.
 */
final class SourceItems implements Iterator<SourceItem>, AutoCloseable {
  private final InputWalk walk;
  private final ReportFiles files;
  private Iterator<SourceItem> current = Collections.emptyIterator();
  private String currentInput = "";
  private SourceItem next;

  SourceItems(InputWalk walk, ReportFiles files) {
    this.walk = walk;
    this.files = files;
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (currentHasNext()) {
        next = currentNext();
      } else if (walk.hasNext()) {
        open(walk.next());
      } else {
        return false;
      }
    }
    return true;
  }

  @Override
  public SourceItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    SourceItem item = next;
    next = null;
    return item;
  }

  private void open(InputWalk.Entry entry) {
    currentInput = entry.path().toString();
    if (entry.problem().isPresent()) {
      current = List.<SourceItem>of(new Rejected(currentInput, entry.problem().get())).iterator();
      return;
    }
    try {
      current = files.read(entry.path());
    } catch (RuntimeException e) {
      current = List.<SourceItem>of(unexpected(e)).iterator();
    }
  }

  private boolean currentHasNext() {
    try {
      return current.hasNext();
    } catch (RuntimeException e) {
      fail(e);
      return true;
    }
  }

  private SourceItem currentNext() {
    try {
      return current.next();
    } catch (RuntimeException e) {
      fail(e);
      return current.next();
    }
  }

  private void fail(RuntimeException e) {
    closeCurrent();
    current = List.<SourceItem>of(unexpected(e)).iterator();
  }

  private Rejected unexpected(RuntimeException e) {
    return new Rejected(currentInput, "could not be read: " + e.getClass().getSimpleName() + " " + e.getMessage());
  }

  private void closeCurrent() {
    if (current instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        // Only read from: nothing to lose, and the walk must go on.
      }
    }
  }

  @Override
  public void close() {
    closeCurrent();
    current = Collections.emptyIterator();
  }
}
