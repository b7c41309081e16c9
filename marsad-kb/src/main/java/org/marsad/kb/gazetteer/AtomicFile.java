package org.marsad.kb.gazetteer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * A file written beside its target and renamed over it only when complete, so a reader (or a crash) sees the old
 * file or the new one, never half of one. The temporary name ends in ".tmp", which the lexicon loader ignores.
 */
final class AtomicFile implements AutoCloseable {
  private final Path target;
  private final Path temp;
  private final FileChannel channel;
  private final Writer writer;
  private boolean done;

  AtomicFile(Path target) throws IOException {
    this.target = target;
    this.temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    this.channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    this.writer = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel),
        StandardCharsets.UTF_8.newEncoder()), 1 << 16);
  }

  Writer writer() {
    return writer;
  }

  /** Flushes to disk, then replaces the target in one rename. */
  void commit() throws IOException {
    writer.flush();
    channel.force(true);
    writer.close();
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    done = true;
  }

  /** Without a commit, drops the temporary file and leaves the target as it was. */
  @Override
  public void close() throws IOException {
    if (!done) {
      done = true;
      try {
        writer.close();
      } finally {
        Files.deleteIfExists(temp);
      }
    }
  }
}
