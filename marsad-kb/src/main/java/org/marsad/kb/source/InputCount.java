package org.marsad.kb.source;

/**
 * What reading will yield, counted up front for a progress bar.
 *
 * @param files the files the walk reaches (and paths it cannot read, which each yield one rejection)
 * @param items the items to expect: one per .txt, .html or unsupported file, one per non-blank line of a .jsonl
 *     file. An estimate: files can change before they are read, and a file of blank lines still yields one item.
 */
public record InputCount(long files, long items) {
  public InputCount {
    if (files < 0 || items < 0) {
      throw new IllegalArgumentException("negative count: " + files + " files, " + items + " items");
    }
  }
}
