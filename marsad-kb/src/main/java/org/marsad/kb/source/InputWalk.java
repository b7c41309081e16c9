package org.marsad.kb.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files named by the paths of {@code marsad ingest PATH...}: files as given, folders walked depth first.
 *
 * <p>Each folder's entries are sorted by name (by UTF-16 code unit, so the order does not depend on the locale or
 * the file system), which makes two ingests of the same folder see files in the same order. A folder is listed
 * only when the walk reaches it, so the walk starts at once on a large tree. Hidden entries (name starting with
 * a dot) inside a folder are skipped, but a hidden file named on the command line is read: it was asked for.
 * Links to folders inside a walk are not followed, which rules out cycles.
 */
final class InputWalk implements Iterator<InputWalk.Entry> {
  /** A file to read, or a path that could not be walked and why. */
  record Entry(Path path, Optional<String> problem) {
    static Entry file(Path path) {
      return new Entry(path, Optional.empty());
    }

    static Entry problem(Path path, String problem) {
      return new Entry(path, Optional.of(problem));
    }
  }

  private final Deque<Iterator<Path>> pending = new ArrayDeque<>();
  private final Deque<Entry> ready = new ArrayDeque<>();
  private final Iterator<Path> roots;
  private Path folderRoot;
  private long produced;
  private long producedBeforeRoot;

  InputWalk(List<Path> roots) {
    this.roots = List.copyOf(roots).iterator();
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty()) {
      if (!pending.isEmpty()) {
        Iterator<Path> top = pending.peek();
        if (top.hasNext()) {
          visitChild(top.next());
        } else {
          pending.pop();
          if (pending.isEmpty() && produced == producedBeforeRoot) {
            // Saying nothing about a folder with nothing to read would look like a successful ingest.
            ready.add(Entry.problem(folderRoot, "no files to read in this folder (hidden ones are skipped)"));
          }
        }
      } else if (roots.hasNext()) {
        visitRoot(roots.next());
      } else {
        return false;
      }
    }
    return true;
  }

  @Override
  public Entry next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    produced++;
    return ready.poll();
  }

  private void visitRoot(Path root) {
    if (Files.isDirectory(root)) {
      folderRoot = root;
      producedBeforeRoot = produced;
      list(root);
    } else if (Files.isRegularFile(root)) {
      ready.add(Entry.file(root));
    } else if (Files.exists(root, LinkOption.NOFOLLOW_LINKS) && !Files.exists(root)) {
      ready.add(Entry.problem(root, "broken symbolic link: its target does not exist"));
    } else if (Files.exists(root)) {
      ready.add(Entry.problem(root, "not a regular file or folder"));
    } else {
      ready.add(Entry.problem(root, "no such file or folder"));
    }
  }

  private void visitChild(Path child) {
    if (isHidden(child)) {
      return;
    }
    if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
      list(child);
    } else if (Files.isDirectory(child)) {
      ready.add(Entry.problem(child, "link to a folder, not followed inside a folder walk; name it directly"));
    } else if (Files.isRegularFile(child)) {
      ready.add(Entry.file(child));
    } else if (Files.isSymbolicLink(child)) {
      ready.add(Entry.problem(child, "broken symbolic link: its target does not exist"));
    } else {
      ready.add(Entry.problem(child, "not a regular file or folder"));
    }
  }

  private void list(Path folder) {
    List<Path> children;
    try (Stream<Path> entries = Files.list(folder)) {
      children = entries.sorted(Comparator.comparing(InputWalk::name)).collect(Collectors.toList());
    } catch (NoSuchFileException e) {
      ready.add(Entry.problem(folder, "folder vanished while walking"));
      return;
    } catch (IOException | RuntimeException e) {
      ready.add(Entry.problem(folder, "cannot list folder: " + e.getMessage()));
      return;
    }
    pending.push(children.iterator());
  }

  private static boolean isHidden(Path p) {
    return name(p).startsWith(".");
  }

  private static String name(Path p) {
    Path file = p.getFileName();
    return file == null ? p.toString() : file.toString();
  }
}
