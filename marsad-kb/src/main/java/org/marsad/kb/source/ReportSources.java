package org.marsad.kb.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Turns the paths given to {@code marsad ingest PATH...} into reports ready to ingest.
 *
 * <p>Takes .txt, .html/.htm and .jsonl files and folders of them (walked recursively in sorted order, hidden
 * entries skipped). Every problem with an input, from a missing path to line 7 of a JSON Lines file, becomes a
 * {@link Rejected} item with a reason, never an exception: the caller shows rejections and carries on. Nothing
 * in this package throws {@link org.marsad.kb.KbException} for input, since no input problem is fatal to an
 * ingest.
 *
 * <pre>{@code
 * try (Stream<SourceItem> items = ReportSources.withDefaults().read(paths)) {
 *   items.forEach(item -> ...);
 * }
 * }</pre>
 */
public final class ReportSources {
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  private final long maxBytes;

  /**
   * @param maxBytes the largest .txt or .html file, and the longest .jsonl line, that is read; larger ones are
   *     rejected without being read whole. At most 2 GB whatever is asked: a report is held in one array.
   */
  public ReportSources(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("the size limit must be positive, got " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  public static ReportSources withDefaults() {
    return new ReportSources(DEFAULT_MAX_BYTES);
  }

  public long maxBytes() {
    return maxBytes;
  }

  /**
   * The items of all paths, in order: the paths as given, each folder's files sorted by name. Lazy: files are
   * opened as the stream reaches them. Close the stream when stopping early, which closes an open .jsonl file.
   */
  public Stream<SourceItem> read(List<Path> paths) {
    SourceItems items = new SourceItems(new InputWalk(paths), new ReportFiles(maxBytes));
    // A hand-made spliterator rather than flatMap, whose iterator() buffers a whole inner stream: a .jsonl file
    // of 100k reports would be held in memory at once.
    Spliterator<SourceItem> spliterator = Spliterators.spliteratorUnknownSize(items,
        Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(spliterator, false).onClose(items::close);
  }

  /** Counts what {@link #read} will yield, reading .jsonl files through once without parsing them. */
  public InputCount count(List<Path> paths) {
    long files = 0;
    long items = 0;
    InputWalk walk = new InputWalk(paths);
    while (walk.hasNext()) {
      InputWalk.Entry entry = walk.next();
      files++;
      items += itemsOf(entry);
    }
    return new InputCount(files, items);
  }

  private static long itemsOf(InputWalk.Entry entry) {
    if (entry.problem().isPresent()
        || !ReportFiles.formatOf(entry.path()).map(f -> f == SourceFormat.JSONL).orElse(false)) {
      return 1;
    }
    try {
      return Math.max(1, JsonlReports.countReports(entry.path()));
    } catch (IOException | RuntimeException e) {
      // Reading will reject the file as one item; the count need not fail for it first.
      return 1;
    }
  }
}
