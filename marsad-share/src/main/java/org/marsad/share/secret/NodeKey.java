package org.marsad.share.secret;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.marsad.kb.source.Sha256;

/**
 * The node's secret key (AES-256) for what it keeps sealed in its store, in a file outside the store: whoever reads
 * the database (a backup, a dump, a PostgreSQL administrator) does not read the file. The file is one line of
 * base64, made with the owner's permissions only and refused when others may read it, as ssh refuses a private key.
 */
public final class NodeKey {
  /** Where the key is by default: in the data directory, beside the embedded store and the index. */
  public static final String FILE_NAME = "node.key";
  private static final int BYTES = 32;
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
  private final Path file;
  private final SecretKey key;
  private final String id;

  private NodeKey(Path file, byte[] bytes) {
    this.file = file;
    this.key = new SecretKeySpec(bytes, "AES");
    // an identifier that names the key without revealing it, so that a value sealed with another key is told apart
    // from a damaged one
    byte[] named = (HexFormat.of().formatHex(bytes) + " marsad node key").getBytes(StandardCharsets.UTF_8);
    this.id = Sha256.hex(named).substring(0, 16);
  }

  /** The key in {@code file}; a missing, unreadable, malformed or widely readable file is refused, naming it. */
  public static NodeKey load(Path file) {
    String text;
    try {
      checkOwnerOnly(file);
      text = Files.readString(file, StandardCharsets.US_ASCII).trim();
    } catch (NoSuchFileException e) {
      throw new SecretException("the node key " + file + " is missing", e);
    } catch (IOException e) {
      throw new SecretException("the node key " + file + " cannot be read: " + e.getMessage(), e);
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      bytes = new byte[0];
    }
    if (bytes.length != BYTES) {
      throw new SecretException("the node key " + file + " is not a Marsad node key (one line of base64 holding "
          + BYTES + " bytes); it holds " + text.length() + " characters");
    }
    return new NodeKey(file, bytes);
  }

  /** Makes a new key in {@code file}, readable and writable by its owner only; an existing file is kept and read. */
  public static NodeKey create(Path file) {
    byte[] bytes = new byte[BYTES];
    new SecureRandom().nextBytes(bytes);
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = dir.resolve(file.getFileName() + ".new");
      Files.deleteIfExists(tmp);
      if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY)); // never readable by others
      } else {
        Files.createFile(tmp);
      }
      Files.writeString(tmp, Base64.getEncoder().encodeToString(bytes) + "\n", StandardCharsets.US_ASCII);
      try {
        Files.move(tmp, file); // not over an existing key: values sealed with it would never open again
      } catch (FileAlreadyExistsException e) {
        Files.delete(tmp);
        return load(file);
      }
    } catch (IOException e) {
      throw new SecretException("cannot make the node key " + file + ": " + e.getMessage(), e);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
    return load(file);
  }

  public Path file() {
    return file;
  }

  /** The key's public name: 16 hex digits that identify it without revealing anything of it. */
  public String id() {
    return id;
  }

  SecretKey key() {
    return key;
  }

  private static void checkOwnerOnly(Path file) throws IOException {
    if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
    if (p.stream().anyMatch(x -> x.name().startsWith("GROUP_") || x.name().startsWith("OTHERS_"))) {
      throw new SecretException("the node key " + file + " may be used by others (" + PosixFilePermissions.toString(p)
          + "); make it its owner's only: chmod 600 " + file);
    }
  }
}
